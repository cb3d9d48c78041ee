package vn.tdkt.exchange;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Unit;

/** One installation in its own data folder: a regiment or the division above it. */
final class Echelon implements AutoCloseable {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    final AppContext app;

    Echelon(Path dir) {
        app = AppContext.open(new DataFolder(dir), CLOCK);
    }

    /** Trung đoàn CODE → d1 → c1 (codes prefixed to stay unique), with three people. */
    static Echelon regiment(Path dir, String code) {
        Echelon e = new Echelon(dir);
        Unit regiment = e.app.units().add(null, code, "Trung đoàn " + code.substring(3), "e" + code.substring(3), "Trung đoàn");
        Unit battalion = e.app.units().add(regiment.id(), code + "-d1", "Tiểu đoàn 1", "d1", "Tiểu đoàn");
        Unit company = e.app.units().add(battalion.id(), code + "-c1", "Đại đội 1", "c1", "Đại đội");
        e.app.roster().add(regiment.id(), PersonDetails.named("Nguyễn Văn Hưởng"));
        e.app.roster().add(battalion.id(), PersonDetails.named("Trần Thị Lan"));
        e.app.roster().add(company.id(), PersonDetails.named("Lê Đức Thắng"));
        return e;
    }

    static Echelon division(Path dir) {
        Echelon e = new Echelon(dir);
        Unit division = e.app.units().add(null, "F3", "Sư đoàn 3", "f3", "Sư đoàn");
        e.app.units().add(division.id(), "F3-pct", "Phòng Chính trị", null, "Phòng");
        return e;
    }

    ExchangeService exchange() {
        return app.exchange();
    }

    ExchangeService.Exported export(String unitCode, Path file, String password) {
        return exchange().export("snapshot", unitCode, file, password == null ? null : password.toCharArray(),
                Messages.vietnamese(), Progress.NONE);
    }

    ExchangeService.Imported importFrom(Path file, Echelon sender) {
        return exchange().importPackage(file, null, sender.app.installation().fingerprint(), Progress.NONE);
    }

    String fingerprint() {
        return app.installation().fingerprint();
    }

    List<Person> people() {
        return app.roster().search(new vn.tdkt.org.RosterQuery("", null, null, null, true)).stream()
                .map(vn.tdkt.org.RosterEntry::person).toList();
    }

    /** Every row of every table, for "nothing changed" assertions. */
    String dump() {
        DSLContext dsl = app.database().dsl();
        StringBuilder all = new StringBuilder();
        for (Record table : dsl.fetch("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            String name = table.get(0, String.class);
            List<String> rows = new ArrayList<>();
            dsl.fetch("SELECT * FROM \"" + name + "\"").forEach(r -> rows.add(r.formatCSV(false)));
            rows.sort(null);
            all.append("## ").append(name).append('\n');
            rows.forEach(r -> all.append(r).append('\n'));
        }
        return all.toString();
    }

    @Override
    public void close() {
        app.close();
    }
}
