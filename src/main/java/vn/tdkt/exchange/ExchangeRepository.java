package vn.tdkt.exchange;

import static vn.tdkt.db.jooq.Tables.EXCHANGE_APPLYING;
import static vn.tdkt.db.jooq.Tables.EXCHANGE_RECEIVED;
import static vn.tdkt.db.jooq.Tables.EXCHANGE_RECORD;
import static vn.tdkt.db.jooq.Tables.EXCHANGE_SENT;
import static vn.tdkt.db.jooq.Tables.EXCHANGE_TRUSTED_KEY;
import static vn.tdkt.db.jooq.Tables.PERSON;
import static vn.tdkt.db.jooq.Tables.UNIT;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.impl.DSL;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.ExchangeReceivedRecord;
import vn.tdkt.db.jooq.tables.records.ExchangeRecordRecord;
import vn.tdkt.db.jooq.tables.records.ExchangeSentRecord;
import vn.tdkt.db.jooq.tables.records.ExchangeTrustedKeyRecord;

/** The exchange tables: packages sent and received, accepted keys, and which records an import owns. */
final class ExchangeRepository {
    static final String CURRENT = "current";
    static final String REPLACED = "replaced";

    private final Database database;

    ExchangeRepository(Database database) {
        this.database = database;
    }

    long nextSequence() {
        Long max = database.dsl().select(DSL.max(EXCHANGE_SENT.SEQUENCE)).from(EXCHANGE_SENT).fetchOne(0, Long.class);
        return max == null ? 1 : max + 1;
    }

    void recordSent(Manifest manifest, String fileName, boolean encrypted) {
        database.dsl().executeInsert(new ExchangeSentRecord(manifest.packageId(), manifest.kind(), manifest.subject(),
                manifest.sequence(), Instant.parse(manifest.createdAt()), fileName, encrypted));
    }

    Optional<byte[]> trustedKey(String installationId) {
        return database.dsl().select(EXCHANGE_TRUSTED_KEY.PUBLIC_KEY).from(EXCHANGE_TRUSTED_KEY)
                .where(EXCHANGE_TRUSTED_KEY.INSTALLATION_ID.eq(installationId)).fetchOptional(EXCHANGE_TRUSTED_KEY.PUBLIC_KEY);
    }

    void trust(String installationId, byte[] publicKey, String fingerprint, Instant at) {
        database.dsl().executeInsert(new ExchangeTrustedKeyRecord(installationId, publicKey, fingerprint, at));
    }

    Optional<ReceivedPackage> received(String packageId) {
        return database.dsl().selectFrom(EXCHANGE_RECEIVED).where(EXCHANGE_RECEIVED.ID.eq(packageId))
                .fetchOptional(ExchangeRepository::toReceived);
    }

    /** The package now in force for this source, kind and subject. */
    Optional<ReceivedPackage> current(String installationId, String kind, String subject) {
        return database.dsl().selectFrom(EXCHANGE_RECEIVED)
                .where(EXCHANGE_RECEIVED.SOURCE_INSTALLATION.eq(installationId), EXCHANGE_RECEIVED.KIND.eq(kind),
                        EXCHANGE_RECEIVED.SUBJECT.eq(subject), EXCHANGE_RECEIVED.STATUS.eq(CURRENT))
                .fetchOptional(ExchangeRepository::toReceived);
    }

    /** Another installation that already sent packages for this unit code, if any. */
    Optional<String> otherSourceOfUnit(String unitCode, String installationId) {
        return database.dsl().select(EXCHANGE_RECEIVED.SOURCE_INSTALLATION).from(EXCHANGE_RECEIVED)
                .where(EXCHANGE_RECEIVED.SOURCE_UNIT_CODE.eq(unitCode), EXCHANGE_RECEIVED.SOURCE_INSTALLATION.ne(installationId))
                .limit(1).fetchOptional(EXCHANGE_RECEIVED.SOURCE_INSTALLATION);
    }

    void insertReceived(ReceivedPackage p) {
        database.dsl().executeInsert(new ExchangeReceivedRecord(p.id(), p.kind(), p.subject(), p.sourceInstallation(),
                p.unitCode(), p.unitName(), p.sequence(), p.createdAt(), p.importedAt(), p.fingerprint(), p.status(),
                PackageJson.toText(p.summary())));
    }

    void markReplaced(String packageId) {
        database.dsl().update(EXCHANGE_RECEIVED).set(EXCHANGE_RECEIVED.STATUS, REPLACED).where(EXCHANGE_RECEIVED.ID.eq(packageId)).execute();
    }

    /** Newest first. */
    List<ReceivedPackage> allReceived() {
        return database.dsl().selectFrom(EXCHANGE_RECEIVED).orderBy(EXCHANGE_RECEIVED.IMPORTED_AT.desc(), EXCHANGE_RECEIVED.SEQUENCE.desc())
                .fetch(ExchangeRepository::toReceived);
    }

    /** Ids of the records of {@code entity} that the package brought (or kept from the one it replaced). */
    Set<String> recordsOf(String packageId, String entity) {
        return database.dsl().select(EXCHANGE_RECORD.RECORD_ID).from(EXCHANGE_RECORD)
                .where(EXCHANGE_RECORD.PACKAGE_ID.eq(packageId), EXCHANGE_RECORD.ENTITY.eq(entity))
                .fetchSet(EXCHANGE_RECORD.RECORD_ID);
    }

    /** Owner installation of each of these records that came from an import. */
    Map<String, String> owners(String entity, Collection<String> ids) {
        return database.dsl().select(EXCHANGE_RECORD.RECORD_ID, EXCHANGE_RECORD.OWNER_INSTALLATION).from(EXCHANGE_RECORD)
                .where(EXCHANGE_RECORD.ENTITY.eq(entity), EXCHANGE_RECORD.RECORD_ID.in(ids))
                .fetchMap(EXCHANGE_RECORD.RECORD_ID, EXCHANGE_RECORD.OWNER_INSTALLATION);
    }

    /** Every record any import brought, of this entity: exports leave them out, they are not ours to send. */
    Set<String> importedIds(String entity) {
        return database.dsl().select(EXCHANGE_RECORD.RECORD_ID).from(EXCHANGE_RECORD).where(EXCHANGE_RECORD.ENTITY.eq(entity))
                .fetchSet(EXCHANGE_RECORD.RECORD_ID);
    }

    /** For each imported record of {@code entity}, the package in force that brought it: where and when it came from. */
    Map<String, ReceivedPackage> packagesOf(String entity) {
        Map<String, ReceivedPackage> byRecord = new java.util.HashMap<>();
        database.dsl().select(EXCHANGE_RECORD.RECORD_ID).select(EXCHANGE_RECEIVED.fields()).from(EXCHANGE_RECORD)
                .join(EXCHANGE_RECEIVED).on(EXCHANGE_RECEIVED.ID.eq(EXCHANGE_RECORD.PACKAGE_ID))
                .where(EXCHANGE_RECORD.ENTITY.eq(entity))
                .forEach(r -> byRecord.put(r.get(EXCHANGE_RECORD.RECORD_ID), toReceived(r.into(EXCHANGE_RECEIVED))));
        return byRecord;
    }

    /** Records the package owns from now on (those already owned move to it). */
    void own(String entity, Collection<String> ids, String owner, String packageId) {
        database.dsl().deleteFrom(EXCHANGE_RECORD).where(EXCHANGE_RECORD.ENTITY.eq(entity), EXCHANGE_RECORD.RECORD_ID.in(ids)).execute();
        database.dsl().batchInsert(ids.stream().map(id -> new ExchangeRecordRecord(entity, id, owner, packageId)).toList()).execute();
    }

    void forget(String entity, Collection<String> ids) {
        database.dsl().deleteFrom(EXCHANGE_RECORD).where(EXCHANGE_RECORD.ENTITY.eq(entity), EXCHANGE_RECORD.RECORD_ID.in(ids)).execute();
    }

    void deletePeople(Collection<String> ids) {
        database.dsl().deleteFrom(PERSON).where(PERSON.ID.in(ids)).execute();
    }

    void deleteUnit(String id) {
        database.dsl().deleteFrom(UNIT).where(UNIT.ID.eq(id)).execute();
    }

    /** Opens the import's window in the read-only triggers; only inside the import's transaction. */
    void beginApplying() {
        database.dsl().insertInto(EXCHANGE_APPLYING, EXCHANGE_APPLYING.ONE).values(1).execute();
    }

    void endApplying() {
        database.dsl().deleteFrom(EXCHANGE_APPLYING).execute();
    }

    private static ReceivedPackage toReceived(ExchangeReceivedRecord r) {
        return new ReceivedPackage(r.getId(), r.getKind(), r.getSubject(), r.getSourceInstallation(), r.getSourceUnitCode(),
                r.getSourceUnitName(), r.getSequence(), r.getCreatedAt(), r.getImportedAt(), r.getFingerprint(), r.getStatus(),
                PackageJson.summary(r.getSummary()));
    }
}
