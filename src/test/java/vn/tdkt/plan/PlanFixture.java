package vn.tdkt.plan;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;

/**
 * A real data folder in a temp directory, on 15/06/2026: TrĐ19 → d1 → c1, c2; d2 → c3; d3; a letterhead
 * and a plan for 2026 with no movements yet.
 */
final class PlanFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    final AppContext app;
    final Unit regiment;
    final Unit battalion1;
    final Unit company1;
    final Unit company2;
    final Unit battalion2;
    final Unit company3;
    final Unit battalion3;
    final Plan plan;

    PlanFixture(Path dir) {
        app = AppContext.open(new DataFolder(dir.resolve("data")), CLOCK);
        UnitService units = app.units();
        regiment = units.add(null, "TrD19", "Trung đoàn 19", "e19", "Trung đoàn");
        battalion1 = units.add(regiment.id(), "d1", "Tiểu đoàn 1", null, "Tiểu đoàn");
        company1 = units.add(battalion1.id(), "c1", "Đại đội 1", null, "Đại đội");
        company2 = units.add(battalion1.id(), "c2", "Đại đội 2", null, "Đại đội");
        battalion2 = units.add(regiment.id(), "d2", "Tiểu đoàn 2", null, "Tiểu đoàn");
        company3 = units.add(battalion2.id(), "c3", "Đại đội 3", null, "Đại đội");
        battalion3 = units.add(regiment.id(), "d3", "Tiểu đoàn 3", null, "Tiểu đoàn");
        app.settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Trần Đức Hưởng"));
        plan = plans().savePlan(new Plan(null, 2026, null, "Thi đua Quyết thắng năm 2026", "Dân chủ, đoàn kết", "Chất lượng, hiệu quả",
                "Hoàn thành xuất sắc nhiệm vụ.", null, null, null));
    }

    PlanService plans() {
        return app.plan().plans();
    }

    RegistrationService registrations() {
        return app.plan().registrations();
    }

    BlockService blocks() {
        return app.plan().blocks();
    }

    Person person(Unit unit, String name) {
        return app.roster().add(unit.id(), PersonDetails.named(name));
    }

    Person person(Unit unit, String name, String position) {
        return app.roster().add(unit.id(), new PersonDetails(name, null, null, null, "Thượng úy", position, null, false, null, null, null, null));
    }

    @Override
    public void close() {
        app.close();
    }
}
