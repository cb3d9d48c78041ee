package vn.tdkt.cli;

import java.util.Map;
import java.util.Set;
import vn.tdkt.AppContext;

/** {@code check}: integrity check, migrations, schema version and row counts; exit 0 only when sound. */
public final class CheckCommand implements Command {
    @Override
    public String name() {
        return "check";
    }

    @Override
    public int run(CommandContext context) {
        Args.parse(context.args(), Set.of(), Set.of()).atMostPositional(0);
        try (AppContext app = context.open()) {
            String integrity = app.database().integrityCheck();
            context.say("check.file", app.database().file());
            context.say("check.schema", app.database().schemaVersion());
            context.say("check.integrity", integrity);
            context.say("check.installation", app.installation().id(), app.installation().fingerprint());
            for (Map.Entry<String, Long> table : app.database().tableCounts().entrySet()) {
                context.out().printf("  %-28s %d%n", table.getKey(), table.getValue());
            }
            return "ok".equalsIgnoreCase(integrity) ? 0 : 1;
        }
    }
}
