package vn.tdkt.award;

import java.util.List;
import java.util.Optional;

/**
 * A bộ quy định: the titles and award forms with their conditions, vote thresholds, bonus multiples and caps,
 * versioned. Shipped as JSON (version 1); each edit the officer saves is the next version, and each decision
 * records the version it was made under.
 */
public record RuleSet(String code, int version, String name, List<String> sources, List<TitleRule> titles, String note) {
    public RuleSet {
        sources = sources == null ? List.of() : List.copyOf(sources);
        titles = List.copyOf(titles);
        note = note == null ? "" : note;
    }

    public Optional<TitleRule> title(String titleCode) {
        return titles.stream().filter(t -> t.code().equalsIgnoreCase(titleCode)).findFirst();
    }

    /** The next version with one rule replaced. */
    public RuleSet withRule(TitleRule changed) {
        return new RuleSet(code, version + 1, name, sources,
                titles.stream().map(t -> t.code().equals(changed.code()) ? changed : t).toList(), note);
    }
}
