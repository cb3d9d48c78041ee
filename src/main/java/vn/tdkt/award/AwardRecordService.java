package vn.tdkt.award;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;

/**
 * Entering what eligibility reads: the year's classification in bulk, the initiatives and topics register,
 * discipline cases and the award history. Text is cleaned (NFC) on the way in; every write is one transaction
 * with its audit lines.
 */
public final class AwardRecordService {
    /** The earliest year records are accepted for; older ones are not kept by any unit's files. */
    static final int FIRST_YEAR = 1945;
    private final Database database;
    private final AwardRecordRepository records;
    private final AuditTrail audit;

    public AwardRecordService(Database database, AwardRecordRepository records, AuditTrail audit) {
        this.database = database;
        this.records = records;
        this.audit = audit;
    }

    /** The grades of a year, by person or unit id. */
    public Map<String, Grade> grades(int year) {
        Map<String, Grade> grades = new HashMap<>();
        records.grades(year, year).forEach(c -> grades.put(c.subjectId(), c.grade()));
        return grades;
    }

    /** Sets the grades of many people or units at once (a unit's whole list); a null grade clears it. */
    public void classify(int year, SubjectKind kind, Map<String, Grade> grades) {
        checkYear(year);
        database.transaction(() -> {
            Map<String, Grade> before = grades(year);
            grades.forEach((id, grade) -> {
                if (grade == null) {
                    records.removeGrade(kind, id, year);
                } else {
                    records.putGrade(new Classification(kind, id, year, grade));
                }
                audit.changed("award_classification", id, String.valueOf(year), before.get(id), grade);
            });
        });
    }

    public List<Initiative> initiatives(int year) {
        return records.initiatives(year, year);
    }

    public Initiative addInitiative(InitiativeKind kind, String title, List<String> authorIds, String recognisedBy, LocalDate recognisedOn,
                                    Scope scope) {
        String cleanTitle = VietnameseText.clean(title);
        String by = VietnameseText.clean(recognisedBy);
        if (cleanTitle == null || cleanTitle.isEmpty()) {
            throw new AppException("award.error.initiativeTitle");
        }
        if (authorIds == null || authorIds.isEmpty()) {
            throw new AppException("award.error.initiativeAuthors");
        }
        if (by == null || by.isEmpty() || recognisedOn == null || scope == null) {
            throw new AppException("award.error.initiativeRecognition");
        }
        checkYear(recognisedOn.getYear());
        Initiative initiative = new Initiative(Ids.newId(), kind, cleanTitle, List.copyOf(authorIds), by, recognisedOn, scope);
        database.transaction(() -> {
            records.insert(initiative);
            audit.created("award_initiative", initiative.id(), cleanTitle);
        });
        return initiative;
    }

    public void deleteInitiative(Initiative initiative) {
        database.transaction(() -> {
            records.deleteInitiative(initiative.id());
            audit.deleted("award_initiative", initiative.id(), initiative.title());
        });
    }

    public List<DisciplineCase> discipline() {
        return records.discipline();
    }

    public DisciplineCase addDiscipline(SubjectKind kind, String subjectId, LocalDate openedOn, LocalDate decidedOn, boolean serious,
                                        String description) {
        String text = VietnameseText.clean(description);
        if (openedOn == null || text == null || text.isEmpty()) {
            throw new AppException("award.error.discipline");
        }
        if (decidedOn != null && decidedOn.isBefore(openedOn)) {
            throw new AppException("award.error.disciplineDates");
        }
        DisciplineCase d = new DisciplineCase(Ids.newId(), kind, subjectId, openedOn, decidedOn, serious, text);
        database.transaction(() -> {
            records.insert(d);
            audit.created("award_discipline", d.id(), text);
        });
        return d;
    }

    public List<PastAward> historyOf(String subjectId) {
        return records.historyOf(subjectId);
    }

    public PastAward addPastAward(SubjectKind kind, String subjectId, int year, String titleCode, String titleName, AwardKind awardKind,
                                  String decisionNumber, LocalDate decisionDate, String issuer) {
        checkYear(year);
        String name = VietnameseText.clean(titleName);
        if (name == null || name.isEmpty()) {
            throw new AppException("award.error.historyTitle");
        }
        PastAward award = new PastAward(Ids.newId(), kind, subjectId, year, VietnameseText.cleanOrNull(titleCode), name, awardKind,
                VietnameseText.cleanOrNull(decisionNumber), decisionDate, VietnameseText.cleanOrNull(issuer));
        database.transaction(() -> {
            records.insert(award);
            audit.created("award_history", award.id(), year + " " + name);
        });
        return award;
    }

    /** Imported history rows, already checked, in one transaction. */
    void addPastAwards(List<PastAward> awards) {
        database.transaction(() -> awards.forEach(a -> {
            records.insert(a);
            audit.created("award_history", a.id(), a.year() + " " + a.titleName());
        }));
    }

    /** An imported spreadsheet's awards, grades and initiatives of earlier years, already checked, in one transaction. */
    void importPast(List<PastAward> awards, List<Classification> grades, List<Initiative> initiatives) {
        database.transaction(() -> {
            addPastAwards(awards);
            grades.forEach(c -> {
                records.putGrade(c);
                audit.changed("award_classification", c.subjectId(), String.valueOf(c.year()), null, c.grade());
            });
            initiatives.forEach(i -> {
                records.insert(i);
                audit.created("award_initiative", i.id(), i.title());
            });
        });
    }

    public boolean any() {
        return records.any();
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > 2100) {
            throw new AppException("award.error.year", year);
        }
    }
}
