package vn.tdkt.award;

import java.util.List;

/**
 * One criterion checked for one candidate, as a sentence in the bundles ({@code key} with {@code args}); the
 * sentence's last placeholder receives its {@code parts} (sub-criteria, or the evidence per year), joined.
 *
 * @param parts    null for a sentence without a list; else the list, possibly empty
 *
 * @param evidence true for a part that states a fact (a year, an initiative) rather than a condition met or not
 */
public record Reason(boolean met, String key, List<Object> args, List<Reason> parts, boolean evidence) {
    public Reason {
        args = List.copyOf(args);
        parts = parts == null ? null : List.copyOf(parts);
    }

    static Reason of(boolean met, String key, Object... args) {
        return new Reason(met, key, List.of(args), null, false);
    }

    static Reason withParts(boolean met, String key, List<Reason> parts, Object... args) {
        return new Reason(met, key, List.of(args), parts, false);
    }

    static Reason evidence(boolean met, String key, Object... args) {
        return new Reason(met, key, List.of(args), null, true);
    }
}
