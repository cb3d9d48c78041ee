package vn.tdkt.award;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything eligibility reads for one year and one part of the unit tree, gathered once so that the rules
 * run as plain computation: the people (in Vietnamese name order) and units considered, and the classifications,
 * awards, initiatives and discipline cases of the years a chain may look back over.
 */
public final class AwardFacts {
    private final int year;
    private final List<Candidate> people;
    private final List<Candidate> units;
    private final Map<String, Map<Integer, Grade>> grades = new HashMap<>();
    private final Map<String, List<PastAward>> history = new HashMap<>();
    private final Map<String, List<Initiative>> initiatives = new HashMap<>();
    private final Map<String, List<DisciplineCase>> discipline = new HashMap<>();
    private final Map<String, List<Candidate>> members = new HashMap<>();

    /**
     * @param parents every unit's parent (unit id → parent id), so a unit's members include its sub-units' people
     */
    public AwardFacts(int year, List<Candidate> people, List<Candidate> units, Map<String, String> parents,
                      List<Classification> grades, List<PastAward> history, List<Initiative> initiatives,
                      List<DisciplineCase> discipline) {
        this.year = year;
        this.people = List.copyOf(people);
        this.units = List.copyOf(units);
        grades.forEach(g -> this.grades.computeIfAbsent(g.subjectId(), k -> new HashMap<>()).put(g.year(), g.grade()));
        history.forEach(h -> this.history.computeIfAbsent(h.subjectId(), k -> new ArrayList<>()).add(h));
        initiatives.forEach(i -> i.authorIds().forEach(a -> this.initiatives.computeIfAbsent(a, k -> new ArrayList<>()).add(i)));
        discipline.forEach(d -> this.discipline.computeIfAbsent(d.subjectId(), k -> new ArrayList<>()).add(d));
        for (Candidate person : people) {
            for (String unit = person.unitId(); unit != null; unit = parents.get(unit)) {
                members.computeIfAbsent(unit, k -> new ArrayList<>()).add(person);
            }
        }
    }

    public int year() {
        return year;
    }

    public List<Candidate> people() {
        return people;
    }

    public List<Candidate> units() {
        return units;
    }

    Grade grade(String subjectId, int inYear) {
        return grades.getOrDefault(subjectId, Map.of()).get(inYear);
    }

    List<PastAward> history(String subjectId) {
        return history.getOrDefault(subjectId, List.of());
    }

    List<Initiative> initiatives(String personId) {
        return initiatives.getOrDefault(personId, List.of());
    }

    List<DisciplineCase> discipline(String subjectId) {
        return discipline.getOrDefault(subjectId, List.of());
    }

    /** The people of a unit and of every unit under it. */
    List<Candidate> members(String unitId) {
        return members.getOrDefault(unitId, List.of());
    }
}
