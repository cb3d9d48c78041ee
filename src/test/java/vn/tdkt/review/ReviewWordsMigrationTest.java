package vn.tdkt.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import vn.tdkt.db.Database;
import vn.tdkt.doc.Contradiction;
import vn.tdkt.plan.Plan;
import vn.tdkt.plan.PlanRepository;

/**
 * V25 adds each review's lessons and recommendations: a plan written before keeps its review dates and numbers, reads
 * the new words as empty (the plan page offers the standing wording; nothing is written for the officer), and its
 * reports are not issued until they are written.
 */
class ReviewWordsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aPlanFromBeforeTheUpgradeReadsItsReviewsWithoutWordsAndTheCheckNamesThem() throws Exception {
        Path file = dir.resolve("tdkt.db");
        SQLiteDataSource old = new SQLiteDataSource();
        old.setUrl("jdbc:sqlite:" + file);
        Flyway.configure().dataSource(old).locations("classpath:db/migration").target("24").load().migrate();
        try (Connection connection = old.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO emulation_plan (id, year, title, number, issued_on, midterm_review_date, midterm_review_number,"
                    + " final_review_date) VALUES ('p1', 2026, 'Thi đua Quyết thắng năm 2026', '01/KH-TrĐ19', '2026-01-02', '2026-07-10',"
                    + " '01/BC-TrĐ19', '2026-12-18')");
        }

        try (Database db = Database.open(file)) {
            Plan plan = new PlanRepository(db).plan("p1").orElseThrow();
            assertThat(plan.midterm()).isEqualTo(new Plan.Review(LocalDate.of(2026, 7, 10), "01/BC-TrĐ19", null, null));
            assertThat(plan.yearEnd()).isEqualTo(new Plan.Review(LocalDate.of(2026, 12, 18), null, null, null));
            assertThat(ReviewDocuments.check(plan, ReviewKind.YEAR_END)).extracting(Contradiction::messageKey, Contradiction::args)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("review.check.noLessons", java.util.List.of("tổng kết", 2026)),
                            org.assertj.core.groups.Tuple.tuple("review.check.noRecommendations", java.util.List.of("tổng kết", 2026)));
        }
    }
}
