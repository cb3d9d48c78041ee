package vn.tdkt.org;

import static vn.tdkt.db.jooq.Tables.EXCHANGE_RECEIVED;
import static vn.tdkt.db.jooq.Tables.EXCHANGE_RECORD;
import static vn.tdkt.db.jooq.Tables.EXCHANGE_TRUSTED_KEY;

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

    /**
     * Marks a record as the exchange leaves one received in another installation's snapshot (sender
     * trusted, package recorded, record owned by it): from then on the V10 triggers keep it read-only.
     */
    void markReceived(String entity, String recordId) {
        var dsl = app.database().dsl();
        Instant sent = Instant.parse("2026-11-01T08:00:00Z");
        dsl.insertInto(EXCHANGE_TRUSTED_KEY).set(EXCHANGE_TRUSTED_KEY.INSTALLATION_ID, "sender")
                .set(EXCHANGE_TRUSTED_KEY.PUBLIC_KEY, new byte[] {1}).set(EXCHANGE_TRUSTED_KEY.FINGERPRINT, "AAAA")
                .set(EXCHANGE_TRUSTED_KEY.ACCEPTED_AT, sent).onConflictDoNothing().execute();
        dsl.insertInto(EXCHANGE_RECEIVED).set(EXCHANGE_RECEIVED.ID, "p1").set(EXCHANGE_RECEIVED.KIND, "snapshot")
                .set(EXCHANGE_RECEIVED.SUBJECT, "c1").set(EXCHANGE_RECEIVED.SOURCE_INSTALLATION, "sender")
                .set(EXCHANGE_RECEIVED.SOURCE_UNIT_CODE, "c1").set(EXCHANGE_RECEIVED.SOURCE_UNIT_NAME, "Đại đội 1")
                .set(EXCHANGE_RECEIVED.SEQUENCE, 1L).set(EXCHANGE_RECEIVED.CREATED_AT, sent)
                .set(EXCHANGE_RECEIVED.IMPORTED_AT, sent.plusSeconds(3600)).set(EXCHANGE_RECEIVED.FINGERPRINT, "AAAA")
                .set(EXCHANGE_RECEIVED.STATUS, "current").set(EXCHANGE_RECEIVED.SUMMARY, "").onConflictDoNothing().execute();
        dsl.insertInto(EXCHANGE_RECORD).set(EXCHANGE_RECORD.ENTITY, entity).set(EXCHANGE_RECORD.RECORD_ID, recordId)
                .set(EXCHANGE_RECORD.OWNER_INSTALLATION, "sender").set(EXCHANGE_RECORD.PACKAGE_ID, "p1").execute();
    }

    @Override
    public void close() {
        app.close();
    }
}
