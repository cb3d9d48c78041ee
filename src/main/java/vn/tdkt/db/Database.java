package vn.tdkt.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.Map;
import java.util.function.Supplier;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.MigrationState;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import vn.tdkt.core.AppException;
import vn.tdkt.core.MessageKey;
import vn.tdkt.core.StorageFaults;
import vn.tdkt.db.jooq.DefaultSchema;

/**
 * The unit's one SQLite file. Services run their writes through {@link #transaction}; repositories
 * query through {@link #dsl()}, which joins the transaction running on the same thread, so a
 * service never sees jOOQ or a connection.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final String HISTORY_TABLE = "flyway_schema_history";
    /** The migrations this build carries, listed once per run. */
    private static final Optional<java.util.Set<Integer>> SHIPPED = ShippedMigrations.onClassPath();

    /** jOOQ's initialisation, started before the folder is opened (see {@link #warmUpInBackground}). */
    private static CompletableFuture<Void> warmUp = CompletableFuture.completedFuture(null);
    private static boolean warming;

    private final Path file;
    private final SQLiteDataSource dataSource;
    /** The connections queries and transactions borrow: opening a SQLite connection costs more than a search. */
    private final HikariDataSource pool;
    private final DSLContext dsl;
    /** Read once after migrating: asking Flyway again scans the class path, too slow for the status bar. */
    private final String schemaVersion;

    private Database(Path file, SQLiteDataSource dataSource, String schemaVersion) {
        this.file = file;
        this.dataSource = dataSource;
        this.schemaVersion = schemaVersion;
        this.pool = pool(file, dataSource);
        awaitWarmUp();
        DefaultConfiguration configuration = new DefaultConfiguration();
        configuration.set(SQLDialect.SQLITE);
        configuration.set(new Settings().withExecuteLogging(false).withRenderSchema(false));
        configuration.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
        if (FxThreadGuard.enabled()) {
            configuration.set(new FxThreadGuard());
        }
        this.dsl = DSL.using(configuration);
    }

    /**
     * jOOQ's first use initialises its data types for every dialect and our generated tables, which the opening
     * thread would otherwise do after loading SQLite's native library and checking the file. Started before the
     * folder is opened, on a thread of its own, it runs alongside them. The opening then waits for it before its
     * own first use of jOOQ: jOOQ's static initialisers deadlock when two threads enter them at once
     * (jOOQ issues #19529, #19550), so they must run on one thread only.
     */
    public static synchronized void warmUpInBackground() {
        if (!warming) {
            warming = true;
            warmUp = CompletableFuture.runAsync(
                    () -> DSL.using(SQLDialect.SQLITE).render(DSL.selectCount().from(DefaultSchema.DEFAULT_SCHEMA.getTables().getFirst())),
                    work -> Thread.ofPlatform().name("tdkt-jooq-warm-up").daemon().start(work));
        }
    }

    private static void awaitWarmUp() {
        CompletableFuture<Void> started;
        synchronized (Database.class) {
            started = warmUp;
        }
        // A failed warm-up is not this opening's failure: the same initialisation below reports it properly.
        started.exceptionally(failure -> null).join();
    }

    /**
     * Opens (creating when absent) the database file. An existing file is first inspected read-only, so
     * a file that is damaged, foreign or from a newer version is refused with its bytes unchanged; only a
     * file known to be ours is switched to WAL and brought up to date.
     */
    public static Database open(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (java.io.IOException io) {
            throw new AppException(io, "error.folder.unusable", file.getParent(), io.getMessage());
        }
        boolean existing = Files.exists(file) && sizeOf(file) > 0;
        SQLiteDataSource dataSource = dataSource(file);
        Optional<String> upToDate = existing ? inspect(file) : Optional.empty();
        String version = upToDate.orElseGet(() -> migrate(file, dataSource));
        return new Database(file, dataSource, version);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            throw new AppException(e, "error.db.open", file, e.getMessage());
        }
    }

    /**
     * Read-only: sound, ours (or still empty), not from a newer version. Returns its schema version when
     * nothing is pending; empty when it needs migrating.
     */
    private static Optional<String> inspect(Path file) {
        SQLiteDataSource readOnly = readOnly(file);
        checkSound(file, readOnly, true);
        List<String> tables = new ArrayList<>();
        Optional<String> current;
        try (Connection connection = readOnly.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
            if (!tables.isEmpty() && !tables.contains(HISTORY_TABLE)) {
                throw new AppException("error.db.foreign", file);
            }
            // The usual start: the file is at this build's schema, which needs no Flyway (see ShippedMigrations).
            current = tables.contains(HISTORY_TABLE) ? upToDateWithoutFlyway(connection) : Optional.empty();
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
        if (current.isPresent()) {
            return current;
        }
        try {
            MigrationInfoService info = flyway(readOnly).info();
            if (Arrays.stream(info.applied()).anyMatch(m -> m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED)) {
                throw new AppException("error.db.newer", file, info.current().getVersion().getVersion());
            }
            return info.pending().length == 0 ? Optional.of(info.current().getVersion().getVersion()) : Optional.empty();
        } catch (FlywayException e) {
            LOG.error("Reading the schema history of {} failed", file, e);
            throw new AppException(e, "error.db.migrate", file, fault(e));
        }
    }

    /** The quick answer of {@link ShippedMigrations}; a history it cannot read is left to Flyway. */
    private static Optional<String> upToDateWithoutFlyway(Connection connection) {
        try {
            return ShippedMigrations.upToDateVersion(connection, SHIPPED);
        } catch (SQLException e) {
            LOG.warn("Reading the schema history without Flyway failed; asking Flyway", e);
            return Optional.empty();
        }
    }

    private static Flyway flyway(SQLiteDataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .loggers("slf4j")
                .load();
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setEncoding(SQLiteConfig.Encoding.UTF8);
        SQLiteDataSource dataSource = new SQLiteDataSource(config);
        dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return dataSource;
    }

    /**
     * Few connections, opened on first use and closed after a minute unused: the app has one writer and a
     * reader or two at a time, and each open connection holds SQLite's page cache.
     */
    private static HikariDataSource pool(Path file, SQLiteDataSource dataSource) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(dataSource);
        config.setPoolName("tdkt-" + file.getFileName());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setIdleTimeout(60_000);
        config.setConnectionTimeout(30_000);
        // The file was checked and migrated before the pool exists; no connection is opened here.
        config.setInitializationFailTimeout(-1);
        return new HikariDataSource(config);
    }

    private static SQLiteDataSource readOnly(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource readOnly = new SQLiteDataSource(config);
        readOnly.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return readOnly;
    }

    /**
     * Refuses a file that is not a sound SQLite database (used before a backup is put in place). Opened
     * read-only: checking a backup must not switch it to WAL or leave -wal files beside it.
     */
    public static void verifySound(Path file) {
        checkSound(file, readOnly(file), false);
    }

    /** quick_check on start (fast on large files); the full integrity_check is {@link #integrityCheck()}. */
    private static void checkSound(Path file, SQLiteDataSource dataSource, boolean quick) {
        String result;
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(quick ? "PRAGMA quick_check" : "PRAGMA integrity_check")) {
            result = rows.next() ? rows.getString(1) : "no answer";
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
        if (!"ok".equalsIgnoreCase(result)) {
            throw new AppException("error.db.corrupt", file, result);
        }
    }

    private static AppException openFailure(Path file, SQLException e) {
        if (e instanceof SQLiteException sqlite && (sqlite.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                || sqlite.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT)) {
            return new AppException(e, "error.db.corrupt", file, sqlite.getResultCode().message);
        }
        LOG.warn("Opening {} failed", file, e);
        return new AppException(e, "error.db.open", file, fault(e));
    }

    /** What went wrong, as a sentence key when SQLite or the disk said something we know, else the raw text. */
    private static Object fault(Exception e) {
        return StorageFaults.messageKey(e).<Object>map(MessageKey::new).orElse(e.getMessage());
    }

    /** Brings the file up to date; returns the schema version it is at. */
    private static String migrate(Path file, SQLiteDataSource dataSource) {
        try {
            Flyway flyway = flyway(dataSource);
            String version = flyway.migrate().targetSchemaVersion;
            return version != null ? version : flyway.info().current().getVersion().getVersion();
        } catch (FlywayException e) {
            LOG.error("Migration failed on {}", file, e);
            throw new AppException(e, "error.db.migrate", file, fault(e));
        }
    }

    public Path file() {
        return file;
    }

    /** The query context for repositories; inside {@link #transaction} it uses that transaction. */
    public DSLContext dsl() {
        return dsl;
    }

    /** Reads one row of a result set into a value; the columns are read by position. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Runs a query written as SQL text with its bind values, in the transaction running on this thread
     * (or on a pooled connection of its own), and reads every row. For the few reads that run on each
     * keystroke: there, building and rendering the statement with jOOQ and copying each row into a record
     * cost as much as SQLite's own work. Everything else queries through {@link #dsl()}.
     */
    public <T> List<T> read(String sql, List<?> binds, RowReader<T> reader) {
        FxThreadGuard.check(sql);
        return dsl.connectionResult(connection -> {
            try (java.sql.PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < binds.size(); i++) {
                    statement.setObject(i + 1, binds.get(i));
                }
                List<T> rows = new ArrayList<>();
                try (ResultSet result = statement.executeQuery()) {
                    while (result.next()) {
                        rows.add(reader.read(result));
                    }
                }
                return rows;
            }
        });
    }

    /** Runs the work in one transaction: everything or nothing. Nested calls join the outer one. */
    public void transaction(Runnable work) {
        try {
            dsl.transaction(work::run);
        } catch (org.jooq.exception.DataAccessException e) {
            throw readable(e);
        }
    }

    public <T> T transactionResult(Supplier<T> work) {
        try {
            return dsl.transactionResult(work::get);
        } catch (org.jooq.exception.DataAccessException e) {
            throw readable(e);
        }
    }

    /** The V10 triggers refuse changes to records imported from another installation with this marker. */
    private static RuntimeException readable(org.jooq.exception.DataAccessException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains("TDKT_IMPORTED_READ_ONLY")) {
                return new AppException(e, "error.db.importedReadOnly");
            }
        }
        return e;
    }

    /** The highest applied migration, e.g. "2". */
    public String schemaVersion() {
        return schemaVersion;
    }

    /** Full PRAGMA integrity_check: "ok" or the first problems found. */
    public String integrityCheck() {
        return String.join("; ", dsl.fetch("PRAGMA integrity_check").getValues(0, String.class));
    }

    /** Row counts of the app's tables, in name order. */
    public Map<String, Long> tableCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        DefaultSchema.DEFAULT_SCHEMA.getTables().stream()
                .sorted(java.util.Comparator.comparing(org.jooq.Table::getName))
                .forEach(table -> counts.put(table.getName(), (long) dsl.fetchCount(table)));
        return counts;
    }

    /** A consistent copy of the live database in one file (VACUUM INTO), safe while the app runs. */
    public void copyTo(Path target) {
        dsl.execute("VACUUM INTO {0}", DSL.inline(target.toAbsolutePath().toString()));
    }

    /** Closes every pooled connection first: a checkpoint cannot truncate the WAL while another connection reads. */
    @Override
    public void close() {
        pool.close();
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // Folds the WAL back into the main file so a copied .db is complete on its own.
            statement.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            LOG.warn("Checkpoint on close failed for {}", file, e);
        }
    }
}
