package vn.tdkt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tdkt.db.jooq.Tables.SETTING;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void migratesAnEmptyFileToTheLatestSchema() {
        try (Database db = Database.open(dir.resolve("tdkt.db"))) {
            assertThat(db.schemaVersion()).isNotBlank();
            assertThat(db.tableCounts()).containsKeys("installation", "setting", "audit_log", "backup_log");
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }

    /** The start initialises jOOQ on a thread of its own while the file is checked; the opening waits for it. */
    @Test
    void anOpeningAlongsideJooqsWarmUpMigratesTheNewFileBeforeItsFirstQuery() {
        Database.warmUpInBackground();
        try (Database db = Database.open(dir.resolve("tdkt.db"))) {
            assertThat(db.schemaVersion()).isNotBlank();
            assertThat(db.dsl().fetchCount(SETTING)).isZero();
        }
    }

    @Test
    void pragmasAreInForceOnEveryConnection() {
        try (Database db = Database.open(dir.resolve("tdkt.db"))) {
            assertThat(db.dsl().fetchValue("PRAGMA journal_mode")).isEqualTo("wal");
            assertThat(db.dsl().fetchValue("PRAGMA foreign_keys").toString()).isEqualTo("1");
            assertThat(db.dsl().fetchValue("PRAGMA synchronous").toString()).isEqualTo("2");
            assertThat(Integer.parseInt(db.dsl().fetchValue("PRAGMA busy_timeout").toString())).isGreaterThan(0);
        }
    }

    /** Pooled connections (ADR 0008) must not change what WAL gives: readers beside the writer, and a folded log on close. */
    @Test
    void aReaderOnAnotherThreadSeesTheLastCommitWhileAWriteIsOpenAndClosingFoldsTheLog() throws Exception {
        Path file = dir.resolve("tdkt.db");
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try (Database db = Database.open(file)) {
            db.transaction(() -> db.dsl().insertInto(SETTING).set(SETTING.KEY, "a").set(SETTING.VALUE, "1").execute());
            for (int i = 0; i < 20; i++) {
                assertThat(reader.submit(() -> db.dsl().fetchCount(SETTING)).get(10, TimeUnit.SECONDS)).isEqualTo(1);
            }
            db.transaction(() -> {
                db.dsl().insertInto(SETTING).set(SETTING.KEY, "b").set(SETTING.VALUE, "2").execute();
                assertThat(db.dsl().fetchCount(SETTING)).isEqualTo(2);
                try {
                    assertThat(reader.submit(() -> db.dsl().fetchCount(SETTING)).get(10, TimeUnit.SECONDS)).isEqualTo(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            assertThat(reader.submit(() -> db.dsl().fetchCount(SETTING)).get(10, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            reader.shutdownNow();
        }
        Path wal = dir.resolve("tdkt.db-wal");
        assertThat(Files.exists(wal) ? Files.size(wal) : 0L).isZero();
    }

    @Test
    void aFailedTransactionLeavesNothing() {
        try (Database db = Database.open(dir.resolve("tdkt.db"))) {
            assertThatThrownBy(() -> db.transaction(() -> {
                db.dsl().insertInto(SETTING).set(SETTING.KEY, "a").set(SETTING.VALUE, "1").execute();
                throw new IllegalStateException("disk full halfway");
            })).hasMessage("disk full halfway");
            assertThat(db.dsl().fetchCount(SETTING)).isZero();
            db.transaction(() -> db.dsl().insertInto(SETTING).set(SETTING.KEY, "a").set(SETTING.VALUE, "1").execute());
            assertThat(db.dsl().fetchCount(SETTING)).isEqualTo(1);
        }
    }

    @Test
    void aReadWrittenAsSqlJoinsTheTransactionAndIsRefusedOnTheWindowThreadLikeEveryQuery() throws Exception {
        try (Database db = Database.open(dir.resolve("tdkt.db"))) {
            String seen = db.transactionResult(() -> {
                db.dsl().insertInto(SETTING).set(SETTING.KEY, "k").set(SETTING.VALUE, "Hà Tĩnh").execute();
                return db.read("SELECT value FROM setting WHERE key = ?", java.util.List.of("k"), row -> row.getString(1)).getFirst();
            });
            assertThat(seen).isEqualTo("Hà Tĩnh");

            // The tests run with the guard on (pom): a query on a thread named as JavaFX's fails, written either way.
            java.util.List<Throwable> refused = new java.util.ArrayList<>();
            Thread window = new Thread(() -> {
                for (Runnable query : java.util.List.<Runnable>of(() -> db.dsl().fetchCount(SETTING),
                        () -> db.read("SELECT count(*) FROM setting", java.util.List.of(), row -> row.getInt(1)))) {
                    try {
                        query.run();
                    } catch (RuntimeException e) {
                        refused.add(e);
                    }
                }
            }, "JavaFX Application Thread");
            window.start();
            window.join();
            assertThat(refused).hasSize(2).allSatisfy(e -> assertThat(e).hasMessageContaining("JavaFX thread"));
        }
    }

    @Test
    void reopeningKeepsDataAndDoesNotMigrateTwice() {
        Path file = dir.resolve("tdkt.db");
        try (Database db = Database.open(file)) {
            db.transaction(() -> db.dsl().insertInto(SETTING).set(SETTING.KEY, "k").set(SETTING.VALUE, "Hà Tĩnh").execute());
        }
        try (Database db = Database.open(file)) {
            assertThat(db.dsl().select(SETTING.VALUE).from(SETTING).fetchOne(SETTING.VALUE)).isEqualTo("Hà Tĩnh");
        }
    }

    @Test
    void aFileThatIsNotADatabaseIsRefusedAndLeftUntouched() throws Exception {
        Path file = dir.resolve("tdkt.db");
        byte[] garbage = "Đây không phải là cơ sở dữ liệu SQLite, chỉ là văn bản.".repeat(200).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(file, garbage);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).messageKey()).isEqualTo("error.db.corrupt"));
        assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
    }

    @Test
    void aDamagedDatabaseIsRefused() throws Exception {
        Path file = dir.resolve("tdkt.db");
        try (Database db = Database.open(file)) {
            db.transaction(() -> {
                for (int i = 0; i < 2000; i++) {
                    db.dsl().insertInto(SETTING).set(SETTING.KEY, "key-" + i).set(SETTING.VALUE, "giá trị số " + i).execute();
                }
            });
        }
        byte[] bytes = Files.readAllBytes(file);
        // Overwrite the middle pages (table and index b-tree pages) with noise, keeping the header.
        for (int i = 4096 * 2; i < bytes.length - 4096; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).messageKey()).isEqualTo("error.db.corrupt"));
    }
}
