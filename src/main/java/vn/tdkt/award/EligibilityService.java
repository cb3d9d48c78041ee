package vn.tdkt.award;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;

/**
 * Eligibility for a year over the whole tree or one unit and everything under it, under the rule set in use:
 * it gathers the facts (people in Vietnamese order, units with a classification that year, the records of the
 * years a chain looks back over) and lets {@link Eligibility} decide.
 */
public final class EligibilityService {
    /** How far back the records are read: the longest chain the shipped rule sets state is 3 years. */
    static final int LOOK_BACK_YEARS = 5;
    private final AwardRecordRepository records;
    private final RuleSetService ruleSets;
    private final UnitService units;
    private final RosterService roster;

    public EligibilityService(AwardRecordRepository records, RuleSetService ruleSets, UnitService units, RosterService roster) {
        this.records = records;
        this.ruleSets = ruleSets;
        this.units = units;
        this.roster = roster;
    }

    /**
     * @param unitId    null for the whole tree
     * @param titleCode null for every title
     */
    public EligibilityReport report(int year, String unitId, String titleCode) {
        RuleSet rules = ruleSets.inUse();
        if (titleCode != null && rules.title(titleCode).isEmpty()) {
            throw new AppException("award.error.noTitle", titleCode);
        }
        return new Eligibility(rules, facts(year, unitId)).report(titleCode);
    }

    public AwardFacts facts(int year, String unitId) {
        List<Unit> all = units.all();
        Map<String, String> parents = new HashMap<>();
        Map<String, Unit> byId = new HashMap<>();
        all.forEach(u -> {
            parents.put(u.id(), u.parentId());
            byId.put(u.id(), u);
        });
        Set<String> scope = unitId == null ? null : units.subtreeIds(unitId);
        RosterQuery query = unitId == null ? RosterQuery.ALL : RosterQuery.ALL.inUnit(unitId);
        List<Candidate> people = roster.search(query).stream()
                .map(e -> new Candidate(SubjectKind.PERSON, e.person().id(), e.person().fullName(), e.person().unitId(), e.unitName()))
                .toList();
        int from = year - LOOK_BACK_YEARS + 1;
        List<Classification> grades = records.grades(from, year);
        Set<String> gradedUnits = new java.util.HashSet<>();
        grades.stream().filter(g -> g.year() == year && g.subjectKind() == SubjectKind.UNIT).forEach(g -> gradedUnits.add(g.subjectId()));
        List<Candidate> unitCandidates = units.tree().stream().map(n -> n.unit())
                .filter(u -> !u.dissolved() && gradedUnits.contains(u.id()) && (scope == null || scope.contains(u.id())))
                .map(u -> new Candidate(SubjectKind.UNIT, u.id(), u.name(), u.parentId(),
                        u.parentId() == null ? "" : byId.get(u.parentId()).displayName()))
                .toList();
        return new AwardFacts(year, people, unitCandidates, parents, grades, records.history(from, year),
                records.initiatives(from, year), records.discipline());
    }
}
