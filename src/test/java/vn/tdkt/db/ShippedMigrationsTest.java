package vn.tdkt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;

/** A file at this build's schema opens without Flyway; every other history still goes to Flyway. */
class ShippedMigrationsTest {
    @TempDir
    Path dir;

    @Test
    void theClassPathListsExactlyTheMigrationFilesOfTheSources() throws IOException {
        Set<Integer> sources;
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            sources = files.map(f -> f.getFileName().toString()).map(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).collect(Collectors.toSet());
        }
        assertThat(ShippedMigrations.onClassPath()).contains(sources);
    }

    @Test
    void onlyPlainVersionedFileNamesAreUnderstood() {
        assertThat(ShippedMigrations.versions(List.of("V1__a.sql", "V21__b_c.sql"))).contains(Set.of(1, 21));
        assertThat(ShippedMigrations.versions(List.of("V1__a.sql", "R__view.sql"))).isEmpty();
        assertThat(ShippedMigrations.versions(List.of("V1__a.sql", "V1.1__b.sql"))).isEmpty();
        assertThat(ShippedMigrations.versions(List.of("V1__a.sql", "V01__b.sql"))).as("two files of one version").isEmpty();
    }

    @Test
    void aFileAtThisBuildsSchemaIsUpToDateWithTheVersionFlywayGave() throws SQLException {
        Path file = dir.resolve("tdkt.db");
        String flywayVersion;
        try (Database db = Database.open(file)) {
            flywayVersion = db.schemaVersion();
        }
        try (Connection c = connect(file)) {
            assertThat(ShippedMigrations.upToDateVersion(c, ShippedMigrations.onClassPath())).contains(flywayVersion);
        }
        try (Database reopened = Database.open(file)) {
            assertThat(reopened.schemaVersion()).isEqualTo(flywayVersion);
        }
    }

    @Test
    void aMissingFailedNewerOrUnknownRowLeavesTheAnswerToFlyway() throws SQLException {
        Path file = dir.resolve("tdkt.db");
        Database.open(file).close();
        Optional<Set<Integer>> shipped = ShippedMigrations.onClassPath();
        int newest = shipped.orElseThrow().stream().max(Integer::compare).orElseThrow();
        try (Connection c = connect(file); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.executeUpdate("DELETE FROM flyway_schema_history WHERE version = '" + newest + "'");
            assertThat(ShippedMigrations.upToDateVersion(c, shipped)).as("newest migration not applied").isEmpty();
            c.rollback();
            s.executeUpdate("UPDATE flyway_schema_history SET success = 0 WHERE version = '" + newest + "'");
            assertThat(ShippedMigrations.upToDateVersion(c, shipped)).as("failed").isEmpty();
            c.rollback();
            s.executeUpdate("UPDATE flyway_schema_history SET type = 'BASELINE' WHERE version = '1'");
            assertThat(ShippedMigrations.upToDateVersion(c, shipped)).as("baseline").isEmpty();
            c.rollback();
            assertThat(ShippedMigrations.upToDateVersion(c, Optional.empty())).as("class path not listed").isEmpty();
            assertThat(ShippedMigrations.upToDateVersion(c, shipped)).isPresent();
            s.executeUpdate("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success)"
                    + " VALUES (999, '999', 'from a newer build', 'SQL', 'V999__x.sql', 0, 'x', 0, 1)");
            c.commit();
            assertThat(ShippedMigrations.upToDateVersion(c, shipped)).as("newer").isEmpty();
        }
        assertThatThrownBy(() -> Database.open(file)).as("and Flyway still refuses a file from a newer build")
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.db.newer"));
    }

    private static Connection connect(Path file) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file);
    }
}
