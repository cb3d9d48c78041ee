package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import vn.tdkt.db.Database;

/**
 * V15 numbers every person and moves the search words onto the numbers, people imported from a
 * subordinate's package included: they are read-only outside an import (V10), and the upgrade must
 * neither be refused by that rule nor lose them from the search.
 */
class RosterSearchKeyMigrationTest {
    @TempDir
    Path dir;

    @Test
    void peopleImportedFromAPackageAreNumberedAndFoundAfterTheUpgrade() throws Exception {
        Path file = dir.resolve("tdkt.db");
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("10").load().migrate();
        try (Connection connection = old.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO unit (id, code, name) VALUES ('u1', 'c1', 'Đại đội 1')");
            statement.execute("INSERT INTO person (id, unit_id, full_name, name_folded, sort_key, name_key) VALUES"
                    + " ('p1', 'u1', 'Nguyễn Văn Hùng', 'nguyen van hung', x'02', 'nguyễn văn hùng'),"
                    + " ('p2', 'u1', 'Trần Văn Hưng', 'tran van hung', x'01', 'trần văn hưng')");
            statement.execute("INSERT INTO person_word (word, person_id) VALUES ('nguyen', 'p1'), ('van', 'p1'), ('hung', 'p1'),"
                    + " ('tran', 'p2'), ('van', 'p2'), ('hung', 'p2')");
            statement.execute("INSERT INTO exchange_record (entity, record_id, owner_installation, package_id)"
                    + " VALUES ('person', 'p1', 'other-installation', 'package-1')");
        }

        try (Database db = Database.open(file)) {
            PersonRepository people = new PersonRepository(db);
            assertThat(people.search(new PersonRepository.RosterFilter("van hung", null, null, null, false), 0, 10))
                    .extracting(e -> e.person().fullName()).containsExactly("Trần Văn Hưng", "Nguyễn Văn Hùng");
            assertThat(people.search(new PersonRepository.RosterFilter("ng h", null, null, null, false), 0, 10))
                    .extracting(e -> e.person().fullName()).containsExactly("Nguyễn Văn Hùng");
            assertThat(db.dsl().fetchCount(vn.tdkt.db.jooq.Tables.EXCHANGE_APPLYING)).as("the import window is closed again").isZero();
        }
    }
}
