package vn.tdkt.award;

import java.util.List;

/**
 * Eligibility for one title: the verdicts, qualifying first, and the cap when the rule has one.
 *
 * @param population how many people (or units) were considered, what a cap is a share of
 * @param capLimit   the most that may receive it, or null when the rule has no cap
 */
public record TitleResult(TitleRule rule, List<Verdict> verdicts, int population, Integer capLimit) {
    public TitleResult {
        verdicts = List.copyOf(verdicts);
    }

    public long qualifying() {
        return verdicts.stream().filter(v -> v.status() == Status.QUALIFIES).count();
    }

    public boolean overCap() {
        return capLimit != null && qualifying() > capLimit;
    }
}
