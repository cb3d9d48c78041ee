package vn.tdkt.exemplar;

import static vn.tdkt.db.jooq.Tables.ATTACHMENT;
import static vn.tdkt.db.jooq.Tables.EXCHANGE_RECEIVED;
import static vn.tdkt.db.jooq.Tables.EXCHANGE_RECORD;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR_CHECK;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR_CHOICE;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR_EVIDENCE;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR_MEDIA;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR_MILESTONE;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR_REPLICATION;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR_STAGE_CHANGE;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR_SUPPORT;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR_TARGET;
import static vn.tdkt.db.jooq.Tables.EXEMPLAR_TRAIT;
import static vn.tdkt.db.jooq.Tables.PERSON;
import static vn.tdkt.db.jooq.Tables.SETTING;
import static vn.tdkt.db.jooq.Tables.UNIT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.Person;
import vn.tdkt.db.jooq.tables.Unit;
import vn.tdkt.db.jooq.tables.records.ExemplarRecord;
import vn.tdkt.exemplar.PlanItems.Check;
import vn.tdkt.exemplar.PlanItems.Media;
import vn.tdkt.exemplar.PlanItems.Milestone;
import vn.tdkt.exemplar.PlanItems.Replication;
import vn.tdkt.exemplar.PlanItems.StageChange;
import vn.tdkt.exemplar.PlanItems.Support;
import vn.tdkt.exemplar.PlanItems.SupportKind;
import vn.tdkt.exemplar.PlanItems.Target;

/** The exemplar tables, the attachment store and the model settings. */
public final class ExemplarRepository {
    private static final Person SUBJECT = PERSON.as("subject");
    private static final Person MENTOR = PERSON.as("mentor");
    private static final Unit SUBJECT_UNIT = UNIT.as("subject_unit");
    private static final Unit HOME = UNIT.as("home");
    private static final Field<String> SUBJECT_NAME = DSL.coalesce(SUBJECT.FULL_NAME, SUBJECT_UNIT.NAME).as("subject_name");

    private final Database database;

    public ExemplarRepository(Database database) {
        this.database = database;
    }

    // --- the model itself

    /** A new model at the stage Phát hiện; exactly one of {@code personId} and {@code subjectUnitId} is set. */
    public void insert(String id, String personId, String subjectUnitId, String unitId, String field, String reason, String by, LocalDate on,
                       Instant createdAt) {
        database.dsl().executeInsert(new ExemplarRecord(id, personId, subjectUnitId, unitId, field, reason, by, on,
                Stage.DISCOVERED.name(), on, null, null, null, null, createdAt));
    }

    /** Removes a model with everything recorded under it (the tables cascade); its attachments stay, shared by hash. */
    public void delete(String id) {
        database.dsl().deleteFrom(EXEMPLAR).where(EXEMPLAR.ID.eq(id)).execute();
    }

    public void updateProfile(String id, String field, String reason, String by, LocalDate on) {
        database.dsl().update(EXEMPLAR).set(EXEMPLAR.FIELD, field).set(EXEMPLAR.REASON, reason).set(EXEMPLAR.DISCOVERED_BY, by)
                .set(EXEMPLAR.DISCOVERED_ON, on).where(EXEMPLAR.ID.eq(id)).execute();
    }

    public void updateStage(String id, Stage stage, LocalDate on) {
        database.dsl().update(EXEMPLAR).set(EXEMPLAR.STAGE, stage.name()).set(EXEMPLAR.STAGE_ON, on).where(EXEMPLAR.ID.eq(id)).execute();
    }

    public void updateMentor(String id, String mentorId) {
        database.dsl().update(EXEMPLAR).set(EXEMPLAR.MENTOR_ID, mentorId).where(EXEMPLAR.ID.eq(id)).execute();
    }

    public void updateSummary(String id, String summary, LocalDate on) {
        database.dsl().update(EXEMPLAR).set(EXEMPLAR.SUMMARY, summary).set(EXEMPLAR.SUMMARY_ON, on).where(EXEMPLAR.ID.eq(id)).execute();
    }

    public void updateReady(String id, LocalDate on) {
        database.dsl().update(EXEMPLAR).set(EXEMPLAR.READY_ON, on).where(EXEMPLAR.ID.eq(id)).execute();
    }

    public Optional<Exemplar> byId(String id) {
        return joined().where(EXEMPLAR.ID.eq(id)).fetchOptional(r -> toExemplar(r, traits(id)));
    }

    private org.jooq.SelectOnConditionStep<Record> joined() {
        return database.dsl().select(EXEMPLAR.fields()).select(SUBJECT_NAME, HOME.NAME, MENTOR.FULL_NAME)
                .from(EXEMPLAR)
                .join(HOME).on(HOME.ID.eq(EXEMPLAR.UNIT_ID))
                .leftJoin(SUBJECT).on(SUBJECT.ID.eq(EXEMPLAR.PERSON_ID))
                .leftJoin(SUBJECT_UNIT).on(SUBJECT_UNIT.ID.eq(EXEMPLAR.SUBJECT_UNIT_ID))
                .leftJoin(MENTOR).on(MENTOR.ID.eq(EXEMPLAR.MENTOR_ID));
    }

    private static Exemplar toExemplar(Record r, List<String> traits) {
        ExemplarRecord e = r.into(EXEMPLAR);
        return new Exemplar(e.getId(), e.getPersonId(), e.getSubjectUnitId(), e.getUnitId(), r.get(SUBJECT_NAME), r.get(HOME.NAME),
                e.getField(), e.getReason(), e.getDiscoveredBy(), e.getDiscoveredOn(), traits,
                Stage.valueOf(e.getStage()), e.getStageOn(), e.getMentorId(), r.get(MENTOR.FULL_NAME),
                e.getSummary(), e.getSummaryOn(), e.getReadyOn());
    }

    /** Every model with what the board needs, in one query: open milestones past {@code today}, the last check. */
    public List<CardRow> cards(LocalDate today) {
        Field<LocalDate> lastCheck = DSL.select(DSL.max(EXEMPLAR_CHECK.CHECKED_ON)).from(EXEMPLAR_CHECK)
                .where(EXEMPLAR_CHECK.EXEMPLAR_ID.eq(EXEMPLAR.ID)).asField("last_check");
        Field<Integer> overdue = DSL.selectCount().from(EXEMPLAR_MILESTONE)
                .where(EXEMPLAR_MILESTONE.EXEMPLAR_ID.eq(EXEMPLAR.ID).and(EXEMPLAR_MILESTONE.DONE_ON.isNull())
                        .and(EXEMPLAR_MILESTONE.DUE_ON.lt(today))).asField("overdue");
        Field<String> receivedFrom = receivedFrom();
        return database.dsl().select(EXEMPLAR.ID, SUBJECT_NAME, EXEMPLAR.UNIT_ID, HOME.NAME, EXEMPLAR.FIELD, EXEMPLAR.STAGE,
                        EXEMPLAR.STAGE_ON, EXEMPLAR.DISCOVERED_ON, EXEMPLAR.READY_ON, lastCheck, overdue, receivedFrom)
                .from(EXEMPLAR)
                .join(HOME).on(HOME.ID.eq(EXEMPLAR.UNIT_ID))
                .leftJoin(SUBJECT).on(SUBJECT.ID.eq(EXEMPLAR.PERSON_ID))
                .leftJoin(SUBJECT_UNIT).on(SUBJECT_UNIT.ID.eq(EXEMPLAR.SUBJECT_UNIT_ID))
                .fetch(r -> new CardRow(r.get(EXEMPLAR.ID), r.get(SUBJECT_NAME), r.get(EXEMPLAR.UNIT_ID), r.get(HOME.NAME),
                        r.get(EXEMPLAR.FIELD), Stage.valueOf(r.get(EXEMPLAR.STAGE)), r.get(EXEMPLAR.STAGE_ON), r.get(EXEMPLAR.DISCOVERED_ON),
                        r.get(EXEMPLAR.READY_ON) != null, r.get(lastCheck), r.get(overdue), r.get(receivedFrom)));
    }

    /** The unit that sent one model in a dossier package, when it is not this installation's own. */
    public Optional<String> receivedFrom(String id) {
        Field<String> receivedFrom = receivedFrom();
        return database.dsl().select(receivedFrom).from(EXEMPLAR).where(EXEMPLAR.ID.eq(id)).fetchOptional(r -> r.get(receivedFrom));
    }

    /**
     * For a model a dossier package brought (V14 keeps it read-only), the sending unit: the unit of that
     * installation's latest snapshot, since a dossier names only the model's own company or platoon;
     * null for this installation's own models.
     */
    private static Field<String> receivedFrom() {
        var dossier = EXCHANGE_RECEIVED.as("dossier_package");
        var snapshot = EXCHANGE_RECEIVED.as("snapshot_package");
        Field<String> sender = DSL.select(snapshot.SOURCE_UNIT_NAME).from(snapshot)
                .where(snapshot.SOURCE_INSTALLATION.eq(dossier.SOURCE_INSTALLATION).and(snapshot.KIND.eq("snapshot")))
                .orderBy(snapshot.IMPORTED_AT.desc()).limit(1).asField();
        return DSL.select(DSL.coalesce(sender, dossier.SOURCE_UNIT_NAME)).from(EXCHANGE_RECORD)
                .join(dossier).on(dossier.ID.eq(EXCHANGE_RECORD.PACKAGE_ID))
                .where(EXCHANGE_RECORD.ENTITY.eq("exemplar").and(EXCHANGE_RECORD.RECORD_ID.eq(EXEMPLAR.ID)))
                .asField("received_from");
    }

    /** A board row before the stall rule is applied; {@code receivedFrom} the sending unit of a received model, else null. */
    public record CardRow(String id, String subjectName, String unitId, String unitName, String field, Stage stage, LocalDate stageOn,
                          LocalDate discoveredOn, boolean ready, LocalDate lastCheckOn, int overdueMilestones, String receivedFrom) {
    }

    public boolean any() {
        return database.dsl().fetchExists(EXEMPLAR);
    }

    // --- traits and choices

    public List<String> traits(String exemplarId) {
        return database.dsl().select(EXEMPLAR_TRAIT.TRAIT).from(EXEMPLAR_TRAIT).where(EXEMPLAR_TRAIT.EXEMPLAR_ID.eq(exemplarId))
                .orderBy(EXEMPLAR_TRAIT.TRAIT).fetch(EXEMPLAR_TRAIT.TRAIT);
    }

    public void replaceTraits(String exemplarId, List<String> traits) {
        database.dsl().deleteFrom(EXEMPLAR_TRAIT).where(EXEMPLAR_TRAIT.EXEMPLAR_ID.eq(exemplarId)).execute();
        for (String trait : traits) {
            database.dsl().insertInto(EXEMPLAR_TRAIT).set(EXEMPLAR_TRAIT.EXEMPLAR_ID, exemplarId).set(EXEMPLAR_TRAIT.TRAIT, trait)
                    .onConflictDoNothing().execute();
        }
    }

    public List<String> choices(String list) {
        return database.dsl().select(EXEMPLAR_CHOICE.NAME).from(EXEMPLAR_CHOICE).where(EXEMPLAR_CHOICE.LIST.eq(list))
                .orderBy(EXEMPLAR_CHOICE.SORT_ORDER).fetch(EXEMPLAR_CHOICE.NAME);
    }

    public void addChoice(String list, String name) {
        Integer max = database.dsl().select(DSL.max(EXEMPLAR_CHOICE.SORT_ORDER)).from(EXEMPLAR_CHOICE)
                .where(EXEMPLAR_CHOICE.LIST.eq(list)).fetchOne(0, Integer.class);
        database.dsl().insertInto(EXEMPLAR_CHOICE).set(EXEMPLAR_CHOICE.LIST, list).set(EXEMPLAR_CHOICE.NAME, name)
                .set(EXEMPLAR_CHOICE.SORT_ORDER, max == null ? 1 : max + 1).onConflictDoNothing().execute();
    }

    public void removeChoice(String list, String name) {
        database.dsl().deleteFrom(EXEMPLAR_CHOICE).where(EXEMPLAR_CHOICE.LIST.eq(list).and(EXEMPLAR_CHOICE.NAME.eq(name))).execute();
    }

    // --- stage history

    public void addStageChange(String exemplarId, StageChange change) {
        database.dsl().insertInto(EXEMPLAR_STAGE_CHANGE)
                .set(EXEMPLAR_STAGE_CHANGE.EXEMPLAR_ID, exemplarId)
                .set(EXEMPLAR_STAGE_CHANGE.FROM_STAGE, change.from() == null ? null : change.from().name())
                .set(EXEMPLAR_STAGE_CHANGE.TO_STAGE, change.to().name())
                .set(EXEMPLAR_STAGE_CHANGE.CHANGED_ON, change.on())
                .set(EXEMPLAR_STAGE_CHANGE.NOTE, change.note())
                .execute();
    }

    public List<StageChange> history(String exemplarId) {
        return database.dsl().selectFrom(EXEMPLAR_STAGE_CHANGE).where(EXEMPLAR_STAGE_CHANGE.EXEMPLAR_ID.eq(exemplarId))
                .orderBy(EXEMPLAR_STAGE_CHANGE.ID)
                .fetch(r -> new StageChange(r.getFromStage() == null ? null : Stage.valueOf(r.getFromStage()), Stage.valueOf(r.getToStage()),
                        r.getChangedOn(), r.getNote()));
    }

    // --- plan

    public void putTarget(String exemplarId, Target target) {
        database.dsl().insertInto(EXEMPLAR_TARGET).set(EXEMPLAR_TARGET.EXEMPLAR_ID, exemplarId).set(EXEMPLAR_TARGET.YEAR, target.year())
                .set(EXEMPLAR_TARGET.TITLE, target.title())
                .onConflict(EXEMPLAR_TARGET.EXEMPLAR_ID, EXEMPLAR_TARGET.YEAR).doUpdate().set(EXEMPLAR_TARGET.TITLE, target.title())
                .execute();
    }

    public void removeTarget(String exemplarId, int year) {
        database.dsl().deleteFrom(EXEMPLAR_TARGET).where(EXEMPLAR_TARGET.EXEMPLAR_ID.eq(exemplarId).and(EXEMPLAR_TARGET.YEAR.eq(year))).execute();
    }

    public List<Target> targets(String exemplarId) {
        return database.dsl().selectFrom(EXEMPLAR_TARGET).where(EXEMPLAR_TARGET.EXEMPLAR_ID.eq(exemplarId)).orderBy(EXEMPLAR_TARGET.YEAR)
                .fetch(r -> new Target(r.getYear(), r.getTitle()));
    }

    public void insertMilestone(String exemplarId, Milestone m) {
        database.dsl().insertInto(EXEMPLAR_MILESTONE).set(EXEMPLAR_MILESTONE.ID, m.id()).set(EXEMPLAR_MILESTONE.EXEMPLAR_ID, exemplarId)
                .set(EXEMPLAR_MILESTONE.TITLE, m.title()).set(EXEMPLAR_MILESTONE.DUE_ON, m.dueOn()).set(EXEMPLAR_MILESTONE.OWNER, m.owner())
                .set(EXEMPLAR_MILESTONE.DONE_ON, m.doneOn()).execute();
    }

    public int markMilestoneDone(String exemplarId, String milestoneId, LocalDate on) {
        return database.dsl().update(EXEMPLAR_MILESTONE).set(EXEMPLAR_MILESTONE.DONE_ON, on)
                .where(EXEMPLAR_MILESTONE.ID.eq(milestoneId).and(EXEMPLAR_MILESTONE.EXEMPLAR_ID.eq(exemplarId))).execute();
    }

    public List<Milestone> milestones(String exemplarId) {
        return database.dsl().selectFrom(EXEMPLAR_MILESTONE).where(EXEMPLAR_MILESTONE.EXEMPLAR_ID.eq(exemplarId))
                .orderBy(EXEMPLAR_MILESTONE.DUE_ON, EXEMPLAR_MILESTONE.TITLE)
                .fetch(r -> new Milestone(r.getId(), r.getTitle(), r.getDueOn(), r.getOwner(), r.getDoneOn()));
    }

    public void insertSupport(String exemplarId, Support s) {
        database.dsl().insertInto(EXEMPLAR_SUPPORT).set(EXEMPLAR_SUPPORT.ID, s.id()).set(EXEMPLAR_SUPPORT.EXEMPLAR_ID, exemplarId)
                .set(EXEMPLAR_SUPPORT.GIVEN_ON, s.givenOn()).set(EXEMPLAR_SUPPORT.KIND, s.kind().name())
                .set(EXEMPLAR_SUPPORT.DESCRIPTION, s.description()).execute();
    }

    public List<Support> support(String exemplarId) {
        return database.dsl().selectFrom(EXEMPLAR_SUPPORT).where(EXEMPLAR_SUPPORT.EXEMPLAR_ID.eq(exemplarId)).orderBy(EXEMPLAR_SUPPORT.GIVEN_ON)
                .fetch(r -> new Support(r.getId(), r.getGivenOn(), SupportKind.valueOf(r.getKind()), r.getDescription()));
    }

    // --- check log, nhân rộng

    public void insertCheck(String exemplarId, Check c) {
        database.dsl().insertInto(EXEMPLAR_CHECK).set(EXEMPLAR_CHECK.ID, c.id()).set(EXEMPLAR_CHECK.EXEMPLAR_ID, exemplarId)
                .set(EXEMPLAR_CHECK.CHECKED_ON, c.checkedOn()).set(EXEMPLAR_CHECK.RESULT, c.result())
                .set(EXEMPLAR_CHECK.ASSESSMENT, c.assessment()).set(EXEMPLAR_CHECK.NEXT_STEP, c.nextStep()).execute();
    }

    public List<Check> checks(String exemplarId) {
        return database.dsl().selectFrom(EXEMPLAR_CHECK).where(EXEMPLAR_CHECK.EXEMPLAR_ID.eq(exemplarId)).orderBy(EXEMPLAR_CHECK.CHECKED_ON)
                .fetch(r -> new Check(r.getId(), r.getCheckedOn(), r.getResult(), r.getAssessment(), r.getNextStep()));
    }

    public void insertReplication(String exemplarId, Replication r) {
        database.dsl().insertInto(EXEMPLAR_REPLICATION).set(EXEMPLAR_REPLICATION.ID, r.id()).set(EXEMPLAR_REPLICATION.EXEMPLAR_ID, exemplarId)
                .set(EXEMPLAR_REPLICATION.HELD_ON, r.heldOn()).set(EXEMPLAR_REPLICATION.EVENT, r.event())
                .set(EXEMPLAR_REPLICATION.ADOPTED_BY, r.adoptedBy()).set(EXEMPLAR_REPLICATION.OUTCOME, r.outcome()).execute();
    }

    public List<Replication> replications(String exemplarId) {
        return database.dsl().selectFrom(EXEMPLAR_REPLICATION).where(EXEMPLAR_REPLICATION.EXEMPLAR_ID.eq(exemplarId))
                .orderBy(EXEMPLAR_REPLICATION.HELD_ON)
                .fetch(r -> new Replication(r.getId(), r.getHeldOn(), r.getEvent(), r.getAdoptedBy(), r.getOutcome()));
    }

    public void insertMedia(String exemplarId, Media m) {
        database.dsl().insertInto(EXEMPLAR_MEDIA).set(EXEMPLAR_MEDIA.ID, m.id()).set(EXEMPLAR_MEDIA.EXEMPLAR_ID, exemplarId)
                .set(EXEMPLAR_MEDIA.OUTLET, m.outlet()).set(EXEMPLAR_MEDIA.PUBLISHED_ON, m.publishedOn()).set(EXEMPLAR_MEDIA.TITLE, m.title())
                .execute();
    }

    public List<Media> media(String exemplarId) {
        return database.dsl().selectFrom(EXEMPLAR_MEDIA).where(EXEMPLAR_MEDIA.EXEMPLAR_ID.eq(exemplarId)).orderBy(EXEMPLAR_MEDIA.PUBLISHED_ON)
                .fetch(r -> new Media(r.getId(), r.getOutlet(), r.getPublishedOn(), r.getTitle()));
    }

    // --- evidence and the attachment store

    /** Stores the bytes under their hash unless they are already there; true when stored now. */
    public boolean storeAttachment(EvidenceFiles.Checked checked, byte[] content, Instant at) {
        return database.dsl().insertInto(ATTACHMENT).set(ATTACHMENT.SHA256, checked.sha256()).set(ATTACHMENT.MEDIA_TYPE, checked.mediaType())
                .set(ATTACHMENT.SIZE_BYTES, (long) content.length).set(ATTACHMENT.CONTENT, content)
                .set(ATTACHMENT.THUMBNAIL, checked.thumbnail()).set(ATTACHMENT.STORED_AT, at)
                .onConflictDoNothing().execute() == 1;
    }

    public void insertEvidence(String exemplarId, String id, String sha256, String fileName, String caption, LocalDate takenOn, Instant addedAt) {
        database.dsl().insertInto(EXEMPLAR_EVIDENCE).set(EXEMPLAR_EVIDENCE.ID, id).set(EXEMPLAR_EVIDENCE.EXEMPLAR_ID, exemplarId)
                .set(EXEMPLAR_EVIDENCE.SHA256, sha256).set(EXEMPLAR_EVIDENCE.FILE_NAME, fileName).set(EXEMPLAR_EVIDENCE.CAPTION, caption)
                .set(EXEMPLAR_EVIDENCE.TAKEN_ON, takenOn).set(EXEMPLAR_EVIDENCE.ADDED_AT, addedAt).execute();
    }

    public List<Evidence> evidence(String exemplarId) {
        return database.dsl().select(EXEMPLAR_EVIDENCE.fields()).select(ATTACHMENT.MEDIA_TYPE, ATTACHMENT.SIZE_BYTES)
                .from(EXEMPLAR_EVIDENCE).join(ATTACHMENT).on(ATTACHMENT.SHA256.eq(EXEMPLAR_EVIDENCE.SHA256))
                .where(EXEMPLAR_EVIDENCE.EXEMPLAR_ID.eq(exemplarId))
                .orderBy(EXEMPLAR_EVIDENCE.TAKEN_ON.nullsLast(), EXEMPLAR_EVIDENCE.ADDED_AT)
                .fetch(r -> new Evidence(r.get(EXEMPLAR_EVIDENCE.ID), r.get(EXEMPLAR_EVIDENCE.SHA256), r.get(EXEMPLAR_EVIDENCE.FILE_NAME),
                        r.get(ATTACHMENT.MEDIA_TYPE), r.get(ATTACHMENT.SIZE_BYTES), r.get(EXEMPLAR_EVIDENCE.CAPTION),
                        r.get(EXEMPLAR_EVIDENCE.TAKEN_ON), r.get(EXEMPLAR_EVIDENCE.ADDED_AT)));
    }

    public byte[] content(String sha256) {
        return database.dsl().select(ATTACHMENT.CONTENT).from(ATTACHMENT).where(ATTACHMENT.SHA256.eq(sha256)).fetchOne(ATTACHMENT.CONTENT);
    }

    public byte[] thumbnail(String sha256) {
        return database.dsl().select(ATTACHMENT.THUMBNAIL).from(ATTACHMENT).where(ATTACHMENT.SHA256.eq(sha256)).fetchOne(ATTACHMENT.THUMBNAIL);
    }

    public int evidenceCount(String exemplarId) {
        return database.dsl().fetchCount(EXEMPLAR_EVIDENCE, EXEMPLAR_EVIDENCE.EXEMPLAR_ID.eq(exemplarId));
    }

    // --- settings (the shared key/value table, keys under "exemplar.")

    public Map<String, String> settings() {
        Map<String, String> values = new HashMap<>();
        database.dsl().selectFrom(SETTING).where(SETTING.KEY.startsWith("exemplar.")).forEach(r -> values.put(r.getKey(), r.getValue()));
        return values;
    }

    public void putSetting(String key, String value) {
        database.dsl().insertInto(SETTING).set(SETTING.KEY, key).set(SETTING.VALUE, value)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, value).execute();
    }
}
