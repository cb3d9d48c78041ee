package vn.tdkt.frame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.PasswordFile;
import vn.tdkt.cli.UsageException;
import vn.tdkt.db.Kernel;
import vn.tdkt.db.BackupFile;

/** {@code backup FILE [--password-file F]}: a verified copy of the data on a USB stick, sealed when a password is given. */
final class BackupCommand implements Command {
    private final Kernel kernel;

    BackupCommand(Kernel kernel) {
        this.kernel = kernel;
    }

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        Args args = Args.parse(context.args(), Set.of("--password-file"), Set.of()).atMostPositional(1);
        Path target = Path.of(args.requirePositional(0, "FILE"));
        if (Files.isDirectory(target)) {
            throw new UsageException("backup.error.isFolder", target);
        }
        Optional<char[]> password = args.value("--password-file").map(PasswordFile::read);
        BackupFile.write(kernel.database(), target, password);
        context.say(password.isPresent() ? "backup.done.sealed" : "backup.done", target.toAbsolutePath(), Files.size(target));
        return 0;
    }
}
