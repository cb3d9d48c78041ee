package vn.tdkt.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;

/**
 * V26 keeps a received package's documents; a data file from before it keeps its received packages as they were,
 * each with no documents, which the page says in a sentence.
 */
public class ReceivedDocumentsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aPackageReceivedBeforeTheUpgradeIsStillListedWithNoDocuments() throws Exception {
        receivedBeforeV26(dir);

        try (AppContext app = AppContext.open(new DataFolder(dir), Echelon.CLOCK)) {
            assertThat(app.exchange().received()).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo("pkg-1");
                assertThat(p.unitName()).isEqualTo("Trung đoàn 19");
                assertThat(p.sequence()).isEqualTo(3);
                assertThat(p.summary()).containsEntry("nominee", 2);
            });
            assertThat(app.exchange().receivedDocuments("pkg-1")).isEmpty();
        }
    }

    /** A data folder at V25 that received one proposal package ({@code pkg-1}, Trung đoàn 19, sequence 3). */
    public static void receivedBeforeV26(Path dir) throws Exception {
        Files.createDirectories(dir);
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE_FILE));
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("25").load().migrate();
        try (Connection connection = old.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO exchange_trusted_key (installation_id, public_key, fingerprint, accepted_at)"
                    + " VALUES ('src-1', X'00', '3F:A0:11:22:33:44:55:66', '2026-05-01T08:00:00Z')");
            statement.execute("INSERT INTO exchange_received (id, kind, subject, source_installation, source_unit_code, source_unit_name,"
                    + " sequence, created_at, imported_at, fingerprint, status, summary) VALUES ('pkg-1', 'proposal', 'ttr-1', 'src-1',"
                    + " 'TrD19', 'Trung đoàn 19', 3, '2026-05-01T07:00:00Z', '2026-05-02T09:00:00Z', '3F:A0:11:22:33:44:55:66', 'current',"
                    + " '{\"nominee\":2}')");
        }
    }
}
