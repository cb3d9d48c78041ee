package vn.tdkt.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Optional;
import vn.tdkt.core.AppException;
import vn.tdkt.core.SafeFiles;

/**
 * Puts a backup in place of the data file so that at no moment the folder lacks a complete tdkt.db:
 * the backup is copied (or decrypted) under a temporary name beside it, checked, brought up to the
 * current schema and synced; the current file is kept beside it (a hard link, else a copy); then one
 * atomic rename swaps the new file in. The caller holds the data folder's instance lock.
 */
public final class Restore {
    private static final String[] COMPANIONS = {"-wal", "-shm", "-journal"};

    private Restore() {
    }

    /** Returns where the replaced file was kept, if there was one. */
    public static Optional<Path> replaceDatabase(DataFolder folder, Path backup, Clock clock, Optional<char[]> password) {
        if (!Files.isRegularFile(backup)) {
            throw new AppException("restore.error.noBackup", backup);
        }
        Path database = folder.database();
        Path staged = null;
        try {
            staged = Files.createTempFile(folder.root(), "." + database.getFileName() + ".", ".tmp");
            stage(backup, staged, password);
            Optional<Path> kept = keepCurrent(folder, clock);
            for (String suffix : COMPANIONS) {
                // A WAL left beside the old file would be replayed onto the new one; the kept copy has it.
                Files.deleteIfExists(companion(database, suffix));
            }
            Files.move(staged, database, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            staged = null;
            SafeFiles.syncFolder(folder.root());
            return kept;
        } catch (IOException e) {
            throw SafeFiles.failure(e, database);
        } finally {
            if (staged != null) {
                removeQuietly(staged);
            }
        }
    }

    /** Copies or decrypts the backup, checks it, migrates an older schema and syncs it to disk. */
    private static void stage(Path backup, Path staged, Optional<char[]> password) throws IOException {
        if (BackupCrypto.isEncrypted(backup)) {
            BackupCrypto.decrypt(backup, staged, password.orElseThrow(() -> new AppException("restore.error.needPassword", backup)));
        } else {
            Files.copy(backup, staged, StandardCopyOption.REPLACE_EXISTING);
        }
        Database.verifySound(staged);
        try (Database brought = Database.open(staged)) {
            String integrity = brought.integrityCheck();
            if (!"ok".equalsIgnoreCase(integrity)) {
                throw new AppException("error.db.corrupt", backup, integrity);
            }
        } catch (AppException refused) {
            throw refused.messageKey().startsWith("error.db.") ? new AppException(refused.getCause(), refused.messageKey(),
                    withFile(refused.args(), backup)) : refused;
        }
        try (FileChannel channel = FileChannel.open(staged, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** The messages about the staged copy name the backup the user chose, not our temporary name. */
    private static Object[] withFile(Object[] args, Path backup) {
        Object[] named = args.clone();
        if (named.length > 0) {
            named[0] = backup;
        }
        return named;
    }

    /** The current data file (and its WAL) kept beside it under a dated name before anything replaces it. */
    private static Optional<Path> keepCurrent(DataFolder folder, Clock clock) throws IOException {
        Path database = folder.database();
        if (!Files.exists(database)) {
            return Optional.empty();
        }
        String stamp = "tdkt-replaced-" + Backups.stamp(clock.instant());
        Path aside = folder.root().resolve(stamp + ".db");
        for (int n = 2; Files.exists(aside); n++) {
            aside = folder.root().resolve(stamp + "-" + n + ".db");
        }
        try {
            Files.createLink(aside, database);
        } catch (IOException | UnsupportedOperationException noLinks) {
            Path target = aside;
            SafeFiles.writeFile(target, temporary -> Files.copy(database, temporary));
        }
        Path wal = companion(database, "-wal");
        if (Files.exists(wal)) {
            SafeFiles.writeFile(companion(aside, "-wal"), temporary -> Files.copy(wal, temporary));
        }
        SafeFiles.syncFolder(folder.root());
        return Optional.of(aside);
    }

    private static Path companion(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    private static void removeQuietly(Path staged) {
        try {
            Files.deleteIfExists(staged);
            for (String suffix : COMPANIONS) {
                Files.deleteIfExists(companion(staged, suffix));
            }
        } catch (IOException ignored) {
            // A leftover temporary file is removed by the next start.
        }
    }
}
