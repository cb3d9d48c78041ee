package vn.tdkt.org;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;

/** A real data folder in a temp directory with a small unit tree: TrD19 → d1 → c1, c2; and d2. */
final class OrgFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    final AppContext app;
    final Unit regiment;
    final Unit battalion1;
    final Unit company1;
    final Unit company2;
    final Unit battalion2;

    OrgFixture(Path dir) {
        app = AppContext.open(new DataFolder(dir.resolve("data")), CLOCK);
        UnitService units = app.units();
        regiment = units.add(null, "TrD19", "Trung đoàn 19", "e19", "Trung đoàn");
        battalion1 = units.add(regiment.id(), "d1", "Tiểu đoàn 1", "d1", "Tiểu đoàn");
        company1 = units.add(battalion1.id(), "c1", "Đại đội 1", "c1", "Đại đội");
        company2 = units.add(battalion1.id(), "c2", "Đại đội 2", "c2", "Đại đội");
        battalion2 = units.add(regiment.id(), "d2", "Tiểu đoàn 2", null, "Tiểu đoàn");
    }

    Person add(Unit unit, String name) {
        return app.roster().add(unit.id(), PersonDetails.named(name));
    }

    @Override
    public void close() {
        app.close();
    }
}
