package vn.tdkt.award;

import static vn.tdkt.db.jooq.Tables.AWARD_CLASSIFICATION;
import static vn.tdkt.db.jooq.Tables.AWARD_DISCIPLINE;
import static vn.tdkt.db.jooq.Tables.AWARD_HISTORY;
import static vn.tdkt.db.jooq.Tables.AWARD_INITIATIVE;
import static vn.tdkt.db.jooq.Tables.AWARD_INITIATIVE_AUTHOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.Record;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.AwardInitiativeAuthorRecord;

/** Classifications, initiatives, discipline cases and award history: the records eligibility reads. */
public final class AwardRecordRepository {
    private final Database database;

    public AwardRecordRepository(Database database) {
        this.database = database;
    }

    /** Writes a classification, replacing the subject's grade for that year if it had one. */
    public void putGrade(Classification c) {
        database.dsl().insertInto(AWARD_CLASSIFICATION)
                .set(AWARD_CLASSIFICATION.SUBJECT_KIND, c.subjectKind().code()).set(AWARD_CLASSIFICATION.SUBJECT_ID, c.subjectId())
                .set(AWARD_CLASSIFICATION.YEAR, c.year()).set(AWARD_CLASSIFICATION.GRADE, c.grade().name())
                .onConflict(AWARD_CLASSIFICATION.SUBJECT_KIND, AWARD_CLASSIFICATION.SUBJECT_ID, AWARD_CLASSIFICATION.YEAR)
                .doUpdate().set(AWARD_CLASSIFICATION.GRADE, c.grade().name()).execute();
    }

    public void removeGrade(SubjectKind kind, String subjectId, int year) {
        database.dsl().deleteFrom(AWARD_CLASSIFICATION).where(AWARD_CLASSIFICATION.SUBJECT_KIND.eq(kind.code()),
                AWARD_CLASSIFICATION.SUBJECT_ID.eq(subjectId), AWARD_CLASSIFICATION.YEAR.eq(year)).execute();
    }

    public List<Classification> grades(int fromYear, int toYear) {
        return database.dsl().selectFrom(AWARD_CLASSIFICATION).where(AWARD_CLASSIFICATION.YEAR.between(fromYear, toYear))
                .fetch(r -> new Classification(SubjectKind.ofCode(r.getSubjectKind()), r.getSubjectId(), r.getYear(),
                        Grade.valueOf(r.getGrade())));
    }

    public void insert(Initiative i) {
        database.dsl().insertInto(AWARD_INITIATIVE).set(AWARD_INITIATIVE.ID, i.id()).set(AWARD_INITIATIVE.KIND, i.kind().code())
                .set(AWARD_INITIATIVE.TITLE, i.title()).set(AWARD_INITIATIVE.RECOGNISED_BY, i.recognisedBy())
                .set(AWARD_INITIATIVE.RECOGNISED_ON, i.recognisedOn()).set(AWARD_INITIATIVE.SCOPE, i.scope().code()).execute();
        List<AwardInitiativeAuthorRecord> authors = new ArrayList<>();
        for (int n = 0; n < i.authorIds().size(); n++) {
            authors.add(new AwardInitiativeAuthorRecord(i.id(), i.authorIds().get(n), n + 1));
        }
        database.dsl().batchInsert(authors).execute();
    }

    public void deleteInitiative(String id) {
        database.dsl().deleteFrom(AWARD_INITIATIVE).where(AWARD_INITIATIVE.ID.eq(id)).execute();
    }

    /** Initiatives recognised in the years given, newest first, with their authors in order. */
    public List<Initiative> initiatives(int fromYear, int toYear) {
        var recognisedIn = AWARD_INITIATIVE.RECOGNISED_ON.between(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
        Map<String, List<String>> authors = new HashMap<>();
        database.dsl().select(AWARD_INITIATIVE_AUTHOR.INITIATIVE_ID, AWARD_INITIATIVE_AUTHOR.PERSON_ID).from(AWARD_INITIATIVE_AUTHOR)
                .join(AWARD_INITIATIVE).on(AWARD_INITIATIVE.ID.eq(AWARD_INITIATIVE_AUTHOR.INITIATIVE_ID))
                .where(recognisedIn)
                .orderBy(AWARD_INITIATIVE_AUTHOR.INITIATIVE_ID, AWARD_INITIATIVE_AUTHOR.SORT_ORDER)
                .forEach(r -> authors.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return database.dsl().selectFrom(AWARD_INITIATIVE)
                .where(recognisedIn)
                .orderBy(AWARD_INITIATIVE.RECOGNISED_ON.desc(), AWARD_INITIATIVE.TITLE)
                .fetch(r -> new Initiative(r.getId(), InitiativeKind.ofCode(r.getKind()), r.getTitle(),
                        authors.getOrDefault(r.getId(), List.of()), r.getRecognisedBy(), r.getRecognisedOn(), Scope.ofCode(r.getScope())));
    }

    public void insert(DisciplineCase d) {
        database.dsl().insertInto(AWARD_DISCIPLINE).set(AWARD_DISCIPLINE.ID, d.id()).set(AWARD_DISCIPLINE.SUBJECT_KIND, d.subjectKind().code())
                .set(AWARD_DISCIPLINE.SUBJECT_ID, d.subjectId()).set(AWARD_DISCIPLINE.OPENED_ON, d.openedOn())
                .set(AWARD_DISCIPLINE.DECIDED_ON, d.decidedOn()).set(AWARD_DISCIPLINE.SERIOUS, d.serious())
                .set(AWARD_DISCIPLINE.DESCRIPTION, d.description()).execute();
    }

    public List<DisciplineCase> discipline() {
        return database.dsl().selectFrom(AWARD_DISCIPLINE).orderBy(AWARD_DISCIPLINE.OPENED_ON.desc())
                .fetch(r -> new DisciplineCase(r.getId(), SubjectKind.ofCode(r.getSubjectKind()), r.getSubjectId(), r.getOpenedOn(),
                        r.getDecidedOn(), r.getSerious(), r.getDescription()));
    }

    public void insert(PastAward a) {
        database.dsl().insertInto(AWARD_HISTORY).set(AWARD_HISTORY.ID, a.id()).set(AWARD_HISTORY.SUBJECT_KIND, a.subjectKind().code())
                .set(AWARD_HISTORY.SUBJECT_ID, a.subjectId()).set(AWARD_HISTORY.YEAR, a.year()).set(AWARD_HISTORY.TITLE_CODE, a.titleCode())
                .set(AWARD_HISTORY.TITLE_NAME, a.titleName()).set(AWARD_HISTORY.KIND, a.kind().code())
                .set(AWARD_HISTORY.DECISION_NUMBER, a.decisionNumber()).set(AWARD_HISTORY.DECISION_DATE, a.decisionDate())
                .set(AWARD_HISTORY.ISSUER, a.issuer()).execute();
    }

    public List<PastAward> history(int fromYear, int toYear) {
        return database.dsl().selectFrom(AWARD_HISTORY).where(AWARD_HISTORY.YEAR.between(fromYear, toYear))
                .orderBy(AWARD_HISTORY.YEAR).fetch(this::pastAward);
    }

    public List<PastAward> historyOf(String subjectId) {
        return database.dsl().selectFrom(AWARD_HISTORY).where(AWARD_HISTORY.SUBJECT_ID.eq(subjectId))
                .orderBy(AWARD_HISTORY.YEAR.desc(), AWARD_HISTORY.TITLE_NAME).fetch(this::pastAward);
    }

    public boolean any() {
        return database.dsl().fetchExists(AWARD_CLASSIFICATION) || database.dsl().fetchExists(AWARD_HISTORY)
                || database.dsl().fetchExists(AWARD_INITIATIVE);
    }

    private PastAward pastAward(Record record) {
        var r = record.into(AWARD_HISTORY);
        return new PastAward(r.getId(), SubjectKind.ofCode(r.getSubjectKind()), r.getSubjectId(), r.getYear(), r.getTitleCode(),
                r.getTitleName(), AwardKind.ofCode(r.getKind()), r.getDecisionNumber(), r.getDecisionDate(), r.getIssuer());
    }
}
