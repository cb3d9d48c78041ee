package vn.tdkt.award;

import java.util.List;

/** One condition of a rule, as the rule set's JSON states it; which fields matter depends on {@link #type}. */
public record Criterion(CriterionType type, Grade grade, String title, Integer years, Integer count, Double share, Scope scope,
                        List<InitiativeKind> kinds, List<Criterion> anyOf, List<Criterion> allOf) {
    public Criterion {
        kinds = kinds == null ? List.of(InitiativeKind.values()) : List.copyOf(kinds);
        anyOf = anyOf == null ? List.of() : List.copyOf(anyOf);
        allOf = allOf == null ? List.of() : List.copyOf(allOf);
    }

    int yearsOrOne() {
        return years == null ? 1 : years;
    }

    int countOrOne() {
        return count == null ? 1 : count;
    }
}
