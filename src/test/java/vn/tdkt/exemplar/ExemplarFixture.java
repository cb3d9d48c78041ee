package vn.tdkt.exemplar;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Unit;

/** A real data folder with a clock the test moves, a company and three people. */
final class ExemplarFixture implements AutoCloseable {
    /** A clock the test sets: stall detection is about days passing. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-06-15T01:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.ofHours(7);
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void advanceDays(long days) {
            now = now.plusSeconds(days * 86_400);
        }
    }

    final TestClock clock = new TestClock();
    final AppContext app;
    final ExemplarService exemplars;
    final Unit company;
    final Person hung;
    final Person lan;
    final Person mentor;

    ExemplarFixture(Path dir) {
        app = AppContext.open(new DataFolder(dir.resolve("data")), clock);
        exemplars = app.exemplars().exemplars();
        app.settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh", "Trung đoàn trưởng",
                "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Phạm Minh Tuấn"));
        Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
        company = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
        hung = app.roster().add(company.id(), new PersonDetails("Nguyễn Văn Hùng", vn.tdkt.org.Gender.MALE,
                vn.tdkt.org.RosterDates.day(LocalDate.of(1998, 3, 2)), "Hà Tĩnh", "Thượng sĩ", "Tiểu đội trưởng", "HSQ-BS", true, null, null, "12/12", null));
        lan = app.roster().add(company.id(), PersonDetails.named("Trần Thị Lan"));
        mentor = app.roster().add(company.id(), PersonDetails.named("Lê Đức Thắng"));
    }

    LocalDate today() {
        return exemplars.today();
    }

    Exemplar discoverHung() {
        return exemplars.discover(Discovery.ofPerson(hung.id(), "Huấn luyện", "Bắn giỏi ba năm liền", "Ban Chính trị", today().minusDays(10), List.of()));
    }

    @Override
    public void close() {
        app.close();
    }
}
