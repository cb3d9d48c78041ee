package vn.tdkt.cli;

import java.nio.file.Path;
import java.util.Set;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.db.Backups;

/** {@code restore [BACKUP.db]}: puts a backup (the latest by default) in place of the data file. */
public final class RestoreCommand implements Command {
    @Override
    public String name() {
        return "restore";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of(), Set.of()).atMostPositional(1);
        Path backup = args.positional().isEmpty()
                ? Backups.filesIn(context.folder().backups()).stream().findFirst()
                        .orElseThrow(() -> new AppException("restore.error.none", context.folder().backups()))
                : Path.of(args.positional().getFirst());
        try (AppContext app = AppContext.restoreAndOpen(context.folder(), backup, context.clock())) {
            context.say("restore.done", backup.getFileName(), app.database().file());
            return 0;
        }
    }
}
