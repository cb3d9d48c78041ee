package vn.tdkt.frame;

import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import java.nio.file.Path;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.db.Backups;
import vn.tdkt.db.Kernel;

/** {@code restore [BACKUP.db]}: puts a backup (the latest by default) in place of the data file. */
final class RestoreCommand implements Command {
    private final Kernel kernel;

    RestoreCommand(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of(), Set.of()).atMostPositional(1);
        Path backup = args.positional().isEmpty()
                ? Backups.filesIn(kernel.folder().backups()).stream().findFirst()
                        .orElseThrow(() -> new AppException("restore.error.none", kernel.folder().backups()))
                : Path.of(args.positional().getFirst());
        kernel.openRestoring(backup);
        context.say("restore.done", backup.getFileName(), kernel.database().file());
        return 0;
    }
}
