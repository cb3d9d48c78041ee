package vn.tdkt.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sqlite.SQLiteDataSource;
import vn.tdkt.AppContext;
import vn.tdkt.core.Progress;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;

/**
 * A file made by any older version of the app opens, is brought up to date, and keeps its data. Each
 * older schema is filled with the demo's regiment (every table that existed then, every column it had),
 * so the migrations run over hundreds of realistic rows, not one.
 */
class MigrationTest {
    @TempDir
    static Path shared;
    @TempDir
    Path dir;

    private static Path demo;

    @BeforeAll
    static void demoData() {
        DataFolder folder = new DataFolder(shared.resolve("demo"));
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            app.sampleData().fill(SampleSize.REGIMENT, Progress.NONE);
            app.backups().create();
            app.documents().issue(vn.tdkt.doc.DocumentType.DECISION, java.time.LocalDate.of(2026, 11, 20), "Quyết định khen thưởng năm 2026", null);
        }
        demo = folder.database();
    }

    static List<String> olderVersions() {
        Flyway flyway = Flyway.configure().dataSource(new SQLiteDataSource()).locations("classpath:db/migration").load();
        List<String> versions = java.util.Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion)
                .map(Object::toString).toList();
        return versions.subList(0, versions.size() - 1);
    }

    @ParameterizedTest
    @MethodSource("olderVersions")
    void anOlderSchemaFilledWithTheDemoIsMigratedKeepingEveryRow(String version) throws SQLException {
        Path file = dir.resolve("tdkt.db");
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target(version).load().migrate();
        Map<String, Long> before;
        List<String> people;
        try (Connection connection = old.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("ATTACH DATABASE '" + demo.toAbsolutePath() + "' AS demo");
            List<String> tables = tables(statement, "main");
            // The demo holds a received package: copied in table order, its records would trip the read-only
            // triggers (V10, V18) that only an import may pass, so the copy is marked as one.
            boolean marked = tables.remove("exchange_applying");
            if (marked) {
                statement.execute("INSERT INTO main.exchange_applying (one) VALUES (1)");
            }
            for (String table : tables) {
                List<String> columns = new ArrayList<>(columns(statement, "main", table));
                columns.retainAll(columns(statement, "demo", table));
                String list = String.join(", ", columns);
                statement.execute("INSERT OR IGNORE INTO main." + table + " (" + list + ") SELECT " + list + " FROM demo." + table);
            }
            if (marked) {
                statement.execute("DELETE FROM main.exchange_applying");
            }
            before = counts(statement, "main");
            people = people(statement);
            statement.execute("DETACH DATABASE demo");
        }
        assertThat(before.get("setting")).isPositive();
        if (before.containsKey("person")) {
            assertThat(before.get("person")).isEqualTo(600);
        }

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(latest()).isNotEqualTo(version);
            assertThat(db.integrityCheck()).isEqualTo("ok");
            try (Connection connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                 Statement statement = connection.createStatement()) {
                Map<String, Long> after = counts(statement, "main");
                before.forEach((table, count) -> assertThat(after.get(table)).as(table).isEqualTo(count));
                if (!people.isEmpty()) {
                    assertThat(people(statement)).isEqualTo(people);
                }
            }
        }
    }

    private static List<String> tables(Statement statement, String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("SELECT name FROM " + schema + ".sqlite_master WHERE type = 'table'"
                + " AND name NOT LIKE 'sqlite_%' AND name <> 'flyway_schema_history' ORDER BY name")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }

    private static List<String> columns(Statement statement, String schema, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery("PRAGMA " + schema + ".table_info(" + table + ")")) {
            while (rows.next()) {
                names.add(rows.getString("name"));
            }
        }
        return names;
    }

    private static Map<String, Long> counts(Statement statement, String schema) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : tables(statement, schema)) {
            try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + schema + "." + table)) {
                counts.put(table, rows.next() ? rows.getLong(1) : 0);
            }
        }
        return counts;
    }

    /** Every person as name, birth, rank and unit code, in one fixed order; empty before the roster existed. */
    private static List<String> people(Statement statement) throws SQLException {
        List<String> people = new ArrayList<>();
        if (!tables(statement, "main").contains("person")) {
            return people;
        }
        try (ResultSet rows = statement.executeQuery("SELECT p.full_name || '|' || coalesce(p.birth_date, '') || '|'"
                + " || coalesce(p.rank, '') || '|' || u.code FROM main.person p JOIN main.unit u ON u.id = p.unit_id ORDER BY 1")) {
            while (rows.next()) {
                people.add(rows.getString(1));
            }
        }
        return people;
    }

    private static String latest() {
        Flyway flyway = Flyway.configure().dataSource(new SQLiteDataSource()).locations("classpath:db/migration").load();
        MigrationInfo[] all = flyway.info().all();
        return all[all.length - 1].getVersion().toString();
    }
}
