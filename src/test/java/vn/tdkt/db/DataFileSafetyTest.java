package vn.tdkt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;

/** Files the app must refuse without writing a byte: newer schemas, foreign SQLite files, a lost file in a used folder. */
class DataFileSafetyTest {
    @TempDir
    Path dir;

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file); Statement statement = connection.createStatement()) {
            for (String s : statements) {
                statement.execute(s);
            }
        }
    }

    private static String key(Throwable e) {
        return ((AppException) e).messageKey();
    }

    @Test
    void aFileFromANewerVersionIsRefusedBeforeAnyWrite() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            assertThat(app.database().schemaVersion()).isNotEqualTo("99");
        }
        sql(folder.database(), "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum,"
                + " installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'x', 0, 1)");
        byte[] before = Files.readAllBytes(folder.database());
        assertThatThrownBy(() -> AppContext.open(folder, Clock.systemUTC()))
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.db.newer"))
                .satisfies(e -> assertThat(Messages.vietnamese().describe(e)).contains("phiên bản mới hơn").contains("cập nhật phần mềm"));
        assertThat(Files.readAllBytes(folder.database())).isEqualTo(before);
    }

    @Test
    void aForeignSqliteFileIsRefusedAndItsBytesAreUnchanged() throws Exception {
        DataFolder folder = new DataFolder(dir);
        sql(folder.database(), "PRAGMA journal_mode=DELETE", "CREATE TABLE recipes (name TEXT)", "INSERT INTO recipes VALUES ('phở')");
        byte[] before = Files.readAllBytes(folder.database());
        assertThatThrownBy(() -> AppContext.open(folder, Clock.systemUTC()))
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.db.foreign"));
        assertThat(Files.readAllBytes(folder.database())).as("header still says journal mode delete").isEqualTo(before);
        assertThat(Files.exists(dir.resolve("tdkt.db-wal"))).isFalse();
    }

    @Test
    void aMissingDataFileInAFolderWithBackupsIsNotReplacedByAnEmptyOne() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            app.backups().create();
        }
        Files.delete(folder.database());
        assertThatThrownBy(() -> AppContext.open(folder, Clock.systemUTC()))
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.db.lost"))
                .satisfies(e -> assertThat(Messages.vietnamese().describe(e)).contains("restore"));
        assertThat(Files.exists(folder.database())).isFalse();
    }

    @Test
    void anEmptyDataFileInAUsedFolderIsRefusedEvenWithoutBackups() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            assertThat(app.installation().id()).isNotBlank();
        }
        Files.write(folder.database(), new byte[0]);
        assertThatThrownBy(() -> AppContext.open(folder, Clock.systemUTC()))
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(key(e)).isEqualTo("error.db.empty"));
        assertThat(Files.size(folder.database())).isZero();
    }

    @Test
    void aFirstStartInANewFolderStillCreatesTheFile() {
        DataFolder folder = new DataFolder(dir.resolve("mới"));
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            assertThat(app.database().integrityCheck()).isEqualTo("ok");
        }
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            assertThat(app.database().integrityCheck()).isEqualTo("ok");
        }
    }
}
