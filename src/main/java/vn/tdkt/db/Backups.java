package vn.tdkt.db;

import static vn.tdkt.db.jooq.Tables.BACKUP_LOG;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import vn.tdkt.core.AppException;
import vn.tdkt.core.SafeFiles;

/**
 * Automatic copies of the database in the data folder's backups/: a consistent VACUUM INTO copy, checked
 * with integrity_check before it gets its final name, thinned out by a {@link Retention}.
 */
public final class Backups {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String PREFIX = "tdkt-";
    private static final String SUFFIX = ".db";

    private final Database database;
    private final Path folder;
    private final Clock clock;
    private final Retention retention;

    /** "20261129-140502" in the computer's time zone: the time in a backup's (and a replaced file's) name. */
    static String stamp(java.time.Instant instant) {
        return STAMP.format(LocalDateTime.ofInstant(instant, ZoneId.systemDefault()));
    }

    public Backups(Database database, Path folder, Clock clock, Retention retention) {
        this.database = database;
        this.folder = folder;
        this.clock = clock;
        this.retention = retention;
    }

    /** Writes a new verified backup, then thins out the older ones. */
    public Path create() {
        Instant now = clock.instant();
        Path target = folder.resolve(PREFIX + stamp(now) + SUFFIX);
        writeVerifiedCopy(database, target);
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

    /** A consistent copy of the database at {@code target}; it only gets that name once integrity_check says ok. */
    public static void writeVerifiedCopy(Database database, Path target) {
        SafeFiles.writeFile(target, temporary -> {
            database.copyTo(temporary);
            Database.verifySound(temporary);
        });
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
            return files.filter(p -> madeAt(p).isPresent())
                    .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The newest backup that passes integrity_check, checking newest first; damaged ones are skipped. */
    public static Optional<Path> newestSound(Path folder) {
        for (Path backup : filesIn(folder)) {
            try {
                Database.verifySound(backup);
                return Optional.of(backup);
            } catch (AppException damaged) {
                // Try the one before it.
            }
        }
        return Optional.empty();
    }

    /** Every backup, newest first, with what {@code restore --list} shows; opened read-only. */
    public static List<BackupInfo> describe(Path folder) {
        List<BackupInfo> infos = new ArrayList<>();
        for (Path backup : filesIn(folder)) {
            infos.add(describeFile(backup));
        }
        return infos;
    }

    public static BackupInfo describeFile(Path backup) {
        Instant madeAt = madeAt(backup).orElseGet(() -> modified(backup));
        long size;
        try {
            size = Files.size(backup);
        } catch (IOException e) {
            size = -1;
        }
        if (BackupCrypto.isEncrypted(backup)) {
            return new BackupInfo(backup, madeAt, size, true, true, "", Map.of());
        }
        try {
            Database.verifySound(backup);
        } catch (AppException damaged) {
            return new BackupInfo(backup, madeAt, size, false, false, "", Map.of());
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        String version = "";
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:file:" + backup.toAbsolutePath() + "?mode=ro");
             Statement statement = connection.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet names = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                    + " AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
                while (names.next()) {
                    tables.add(names.getString(1));
                }
            }
            for (String table : tables) {
                if (table.equals("flyway_schema_history")) {
                    try (ResultSet v = statement.executeQuery("SELECT version FROM flyway_schema_history WHERE success = 1"
                            + " AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
                        version = v.next() ? v.getString(1) : "";
                    }
                } else {
                    try (ResultSet count = statement.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                        rows.put(table, count.next() ? count.getLong(1) : 0);
                    }
                }
            }
        } catch (SQLException e) {
            return new BackupInfo(backup, madeAt, size, false, false, "", Map.of());
        }
        return new BackupInfo(backup, madeAt, size, true, false, version, rows);
    }

    /** When the last backup recorded in this database was made. */
    public Optional<Instant> lastBackupTime() {
        return Optional.ofNullable(database.dsl().select(org.jooq.impl.DSL.max(BACKUP_LOG.CREATED_AT)).from(BACKUP_LOG).fetchOne(0, Instant.class));
    }

    /** Keeps the newest backup of each of the last days, weeks and months that have one; removes the rest. */
    private void rotate() {
        Set<LocalDate> days = new HashSet<>();
        Set<String> weeks = new HashSet<>();
        Set<YearMonth> months = new HashSet<>();
        for (Path backup : list()) {
            LocalDate day = LocalDate.ofInstant(madeAt(backup).orElseThrow(), ZoneId.systemDefault());
            String week = day.get(IsoFields.WEEK_BASED_YEAR) + "-" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            YearMonth month = YearMonth.from(day);
            boolean keep = false;
            if (!days.contains(day) && days.size() < retention.daily()) {
                days.add(day);
                keep = true;
            }
            if (!weeks.contains(week) && weeks.size() < retention.weekly()) {
                weeks.add(week);
                keep = true;
            }
            if (!months.contains(month) && months.size() < retention.monthly()) {
                months.add(month);
                keep = true;
            }
            if (!keep) {
                try {
                    Files.deleteIfExists(backup);
                } catch (IOException ignored) {
                    // An old backup that cannot be removed costs space, not data.
                }
            }
        }
    }

    private static Optional<Instant> madeAt(Path file) {
        String name = file.getFileName().toString();
        if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
            return Optional.empty();
        }
        try {
            LocalDateTime stamp = LocalDateTime.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()), STAMP);
            return Optional.of(stamp.atZone(ZoneId.systemDefault()).toInstant());
        } catch (DateTimeParseException notOurs) {
            return Optional.empty();
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
