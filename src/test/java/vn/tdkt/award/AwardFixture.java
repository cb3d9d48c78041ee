package vn.tdkt.award;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Unit;

/** A real data folder with a regiment, two companies and four people, and the commendation services built on it. */
final class AwardFixture implements AutoCloseable {
    final AppContext app;
    final RuleSetService ruleSets;
    final AwardRecordService records;
    final EligibilityService eligibility;
    final Unit regiment;
    final Unit c1;
    final Unit c2;
    final Person an;
    final Person binh;
    final Person cuong;
    final Person dung;

    AwardFixture(Path dir) {
        app = AppContext.open(new DataFolder(dir.resolve("data")), Clock.fixed(Instant.parse("2026-11-20T02:00:00Z"), ZoneOffset.ofHours(7)));
        ruleSets = new RuleSetService(app.database(), new RuleSetRepository(app.database()), app.audit(), app.clock());
        AwardRecordRepository repository = new AwardRecordRepository(app.database());
        records = new AwardRecordService(app.database(), repository, app.audit());
        eligibility = new EligibilityService(repository, ruleSets, app.units(), app.roster());
        regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
        c1 = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
        c2 = app.units().add(regiment.id(), "c2", "Đại đội 2", null, "Đại đội");
        an = app.roster().add(c1.id(), PersonDetails.named("Nguyễn Văn An"));
        binh = app.roster().add(c1.id(), PersonDetails.named("Trần Văn Bình"));
        cuong = app.roster().add(c1.id(), PersonDetails.named("Lê Văn Cường"));
        dung = app.roster().add(c2.id(), PersonDetails.named("Đỗ Văn Dũng"));
    }

    @Override
    public void close() {
        app.close();
    }
}
