package vn.tdkt.scoring;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;

/** A real data folder with a regiment of three companies and the sample criteria set. */
final class ScoringFixture implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    final AppContext app;
    final Unit c1;
    final Unit c2;
    final Unit c3;
    final CriteriaSet set;

    ScoringFixture(Path dir) {
        app = AppContext.open(new DataFolder(dir.resolve("data")), CLOCK);
        UnitService units = app.units();
        Unit regiment = units.add(null, "TrD19", "Trung đoàn 19", "e19", "Trung đoàn");
        c1 = units.add(regiment.id(), "c1", "Đại đội 1", "c1", "Đại đội");
        c2 = units.add(regiment.id(), "c2", "Đại đội 2", "c2", "Đại đội");
        c3 = units.add(regiment.id(), "c3", "Đại đội 3", "c3", "Đại đội");
        set = sets().create(SampleCriteriaSet.draft());
    }

    CriteriaSetService sets() {
        return app.scoring().sets();
    }

    ScoringService scoring() {
        return app.scoring().scoring();
    }

    ScoringPeriod month(int month) {
        return scoring().openForUnits(set.id(), PeriodKind.MONTH, 2026, month, List.of(c1.id(), c2.id(), c3.id()), null);
    }

    Criterion criterion(String code) {
        return set.byCode(code).orElseThrow();
    }

    CellChange cell(Unit unit, String code, double value) {
        return new CellChange(unit.id(), criterion(code).id(), value, null);
    }

    @Override
    public void close() {
        app.close();
    }
}
