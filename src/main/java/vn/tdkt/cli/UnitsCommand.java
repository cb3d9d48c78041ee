package vn.tdkt.cli;

import java.util.Set;
import vn.tdkt.AppContext;
import vn.tdkt.org.UnitNode;

/** {@code units list}: the unit tree, one unit a line, indented, with its code. */
public final class UnitsCommand implements Command {
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
        try (AppContext app = context.open()) {
            for (UnitNode node : app.units().tree()) {
                String dissolved = node.unit().dissolved() ? " " + context.messages().get("cli.units.dissolved") : "";
                context.out().println("  ".repeat(node.depth()) + node.unit().code() + "  " + node.unit().name() + dissolved);
            }
            return 0;
        }
    }
}
