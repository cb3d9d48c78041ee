package vn.tdkt.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import vn.tdkt.core.AppException;
import vn.tdkt.core.SafeFiles;

/**
 * Puts a backup in place of the data file. Nothing is thrown away: the file it replaces (with its
 * WAL) is kept beside it under a dated name. The caller holds the data folder's instance lock.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault());

    private Restore() {
    }

    /** Returns where the replaced file was kept, if there was one. */
    public static Optional<Path> replaceDatabase(DataFolder folder, Path backup, Clock clock) {
        if (!Files.isRegularFile(backup)) {
            throw new AppException("restore.error.noBackup", backup);
        }
        Database.verifySound(backup);
        Path database = folder.database();
        Optional<Path> kept = Optional.empty();
        try {
            if (Files.exists(database)) {
                Path aside = folder.root().resolve("tdkt-replaced-" + STAMP.format(clock.instant()) + ".db");
                Files.move(database, aside, StandardCopyOption.ATOMIC_MOVE);
                for (String suffix : new String[] {"-wal", "-shm"}) {
                    Path companion = database.resolveSibling(database.getFileName() + suffix);
                    if (Files.exists(companion)) {
                        Files.move(companion, aside.resolveSibling(aside.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                kept = Optional.of(aside);
            }
        } catch (IOException e) {
            throw new AppException(e, "restore.error.move", database, e.getMessage());
        }
        SafeFiles.writeFile(database, temporary -> Files.copy(backup, temporary));
        return kept;
    }
}
