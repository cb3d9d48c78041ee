package vn.tdkt.org;

import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;

/** {@code units list}: the unit tree, one unit a line, indented, with its code. */
public final class UnitsCommand implements Command {
    private final Supplier<OrgServices> services;

    UnitsCommand(Supplier<OrgServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "units";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of(), Set.of()).atMostPositional(1);
        String action = args.requirePositional(0, "list");
        if (!action.equals("list")) {
            throw new UsageException("cli.error.badValue", "units", action);
        }
        for (UnitNode node : services.get().units().tree()) {
            String dissolved = node.unit().dissolved() ? " " + context.messages().get("cli.units.dissolved") : "";
            context.out().println("  ".repeat(node.depth()) + node.unit().code() + "  " + node.unit().name() + dissolved);
        }
        return 0;
    }
}
