package vn.tdkt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.db.jooq.Tables.SETTING;

import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** A file made by any older version of the app opens, is brought up to date, and keeps its data. */
class MigrationTest {
    @TempDir
    Path dir;

    static List<String> olderVersions() {
        Flyway flyway = Flyway.configure().dataSource(new SQLiteDataSource()).locations("classpath:db/migration").load();
        List<String> versions = java.util.Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .map(Object::toString).toList();
        return versions.subList(0, versions.size() - 1);
    }

    @ParameterizedTest
    @MethodSource("olderVersions")
    void anOlderSchemaIsMigratedToTheLatestKeepingItsData(String version) {
        Path file = dir.resolve("tdkt.db");
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target(version).load().migrate();
        try (var connection = old.getConnection(); var insert = connection.prepareStatement("INSERT INTO setting (key, value) VALUES (?, ?)")) {
            insert.setString(1, "letterhead.unitName");
            insert.setString(2, "Trung đoàn 19");
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(latest());
            assertThat(db.schemaVersion()).isNotEqualTo(version);
            assertThat(db.dsl().select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq("letterhead.unitName")).fetchOne(SETTING.VALUE))
                    .isEqualTo("Trung đoàn 19");
            assertThat(db.integrityCheck()).isEqualTo("ok");
        }
    }

    private static String latest() {
        Flyway flyway = Flyway.configure().dataSource(new SQLiteDataSource()).locations("classpath:db/migration").load();
        MigrationInfo[] all = flyway.info().all();
        return all[all.length - 1].getVersion().toString();
    }
}
