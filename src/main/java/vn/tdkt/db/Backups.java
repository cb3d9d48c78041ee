package vn.tdkt.db;

import static vn.tdkt.db.jooq.Tables.BACKUP_LOG;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import vn.tdkt.core.AppException;
import vn.tdkt.core.SafeFiles;

/** Rotating copies of the database in the data folder's backups/ (a consistent VACUUM INTO copy each). */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneId.systemDefault());
    private static final String PREFIX = "tdkt-";
    private static final String SUFFIX = ".db";

    private final Database database;
    private final Path folder;
    private final Clock clock;
    private final int keep;

    public Backups(Database database, Path folder, Clock clock, int keep) {
        this.database = database;
        this.folder = folder;
        this.clock = clock;
        this.keep = keep;
    }

    /** Writes a new backup, then drops the oldest beyond the number kept. */
    public Path create() {
        Instant now = clock.instant();
        Path target = folder.resolve(PREFIX + STAMP.format(now) + SUFFIX);
        SafeFiles.writeFile(target, database::copyTo);
        long size;
        try {
            size = Files.size(target);
        } catch (IOException e) {
            throw new AppException(e, "error.file.write", target, e.getMessage());
        }
        database.transaction(() -> database.dsl().insertInto(BACKUP_LOG)
                .set(BACKUP_LOG.CREATED_AT, now)
                .set(BACKUP_LOG.FILE_NAME, target.getFileName().toString())
                .set(BACKUP_LOG.SIZE_BYTES, size)
                .execute());
        rotate();
        return target;
    }

    /** Makes a backup when none was made within {@code interval}; the app calls it on every start. */
    public Optional<Path> createIfDue(java.time.Duration interval) {
        boolean due = lastBackupTime().map(last -> last.plus(interval).isBefore(clock.instant())).orElse(true);
        return due ? Optional.of(create()) : Optional.empty();
    }

    /** Backup files, newest first. */
    public List<Path> list() {
        return filesIn(folder);
    }

    /** The backup files in a backups folder, newest first; readable without opening the database. */
    public static List<Path> filesIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().startsWith(PREFIX) && p.getFileName().toString().endsWith(SUFFIX))
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** When the last backup recorded in this database was made. */
    public Optional<Instant> lastBackupTime() {
        return Optional.ofNullable(database.dsl().select(org.jooq.impl.DSL.max(BACKUP_LOG.CREATED_AT)).from(BACKUP_LOG).fetchOne(0, Instant.class));
    }

    private void rotate() {
        List<Path> all = list();
        for (Path old : all.subList(Math.min(keep, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old);
            } catch (IOException ignored) {
                // An old backup that cannot be removed costs space, not data.
            }
        }
    }
}
