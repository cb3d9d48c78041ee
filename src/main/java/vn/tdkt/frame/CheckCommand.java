package vn.tdkt.frame;

import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import java.util.Map;
import java.util.Set;
import vn.tdkt.db.Kernel;

/** {@code check}: integrity check, migrations, schema version and row counts; exit 0 only when sound. */
final class CheckCommand implements Command {
    private final Kernel kernel;

    CheckCommand(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public String name() {
        return "check";
    }

    @Override
    public int run(CommandContext context) {
        Args.parse(context.args(), Set.of(), Set.of()).atMostPositional(0);
        String integrity = kernel.database().integrityCheck();
        context.say("check.file", kernel.database().file());
        context.say("check.schema", kernel.database().schemaVersion());
        context.say("check.integrity", integrity);
        context.say("check.installation", kernel.installation().id(), kernel.installation().fingerprint());
        for (Map.Entry<String, Long> table : kernel.database().tableCounts().entrySet()) {
            context.out().printf("  %-28s %d%n", table.getKey(), table.getValue());
        }
        return "ok".equalsIgnoreCase(integrity) ? 0 : 1;
    }
}
