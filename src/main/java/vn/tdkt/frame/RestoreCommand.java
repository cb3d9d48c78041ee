package vn.tdkt.frame;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.PasswordFile;
import vn.tdkt.cli.UsageException;
import vn.tdkt.core.AppException;
import vn.tdkt.db.BackupInfo;
import vn.tdkt.db.Backups;
import vn.tdkt.db.Kernel;

/**
 * {@code restore [BACKUP] [--password-file F]} puts a backup in place of the data file: the newest sound
 * one by default, skipping damaged ones. {@code restore --list} shows every backup and what it holds.
 */
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
        Args args = Args.parse(context.args(), Set.of("--password-file"), Set.of("--list")).atMostPositional(1);
        if (args.flag("--list")) {
            if (!args.positional().isEmpty()) {
                throw new UsageException("cli.error.unexpectedArgument", args.positional().getFirst());
            }
            return list(context);
        }
        Optional<Path> chosen = args.positional().stream().findFirst().map(Path::of);
        if (chosen.isPresent() && !Files.isRegularFile(chosen.get())) {
            throw new UsageException("restore.error.noBackup", chosen.get());
        }
        Optional<char[]> password = args.value("--password-file").map(PasswordFile::read);
        Path backup = chosen.orElseGet(() -> newestSound(context));
        kernel.openRestoring(backup, password);
        context.say("restore.done", backup.getFileName(), kernel.database().file());
        return 0;
    }

    private Path newestSound(CommandContext context) {
        Path backups = kernel.folder().backups();
        if (Backups.filesIn(backups).isEmpty()) {
            throw new AppException("restore.error.none", backups);
        }
        Path sound = Backups.newestSound(backups).orElseThrow(() -> new AppException("restore.error.noneSound", backups));
        Path newest = Backups.filesIn(backups).getFirst();
        if (!sound.equals(newest)) {
            context.say("restore.skippedDamaged", newest.getFileName(), sound.getFileName());
        }
        return sound;
    }

    private int list(CommandContext context) {
        var infos = Backups.describe(kernel.folder().backups());
        if (infos.isEmpty()) {
            context.say("restore.error.none", kernel.folder().backups());
            return 0;
        }
        for (BackupInfo info : infos) {
            String state = info.encrypted() ? context.messages().get("restore.list.sealed")
                    : info.sound() ? context.messages().get("restore.list.sound") : context.messages().get("restore.list.damaged");
            context.say("restore.list.line", info.file().getFileName(), vn.tdkt.core.VietnameseDates.moment(info.madeAt()),
                    info.schemaVersion().isEmpty() ? "?" : info.schemaVersion(), String.format("%,d", info.sizeBytes()), state);
            long total = info.rows().values().stream().mapToLong(Long::longValue).sum();
            if (total > 0) {
                StringBuilder rows = new StringBuilder("    ");
                for (Map.Entry<String, Long> table : info.rows().entrySet()) {
                    if (table.getValue() > 0) {
                        rows.append(table.getKey()).append(' ').append(table.getValue()).append("  ");
                    }
                }
                context.out().println(rows.toString().stripTrailing());
            }
        }
        return 0;
    }
}
