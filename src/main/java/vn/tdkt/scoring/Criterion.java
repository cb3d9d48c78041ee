package vn.tdkt.scoring;

import java.util.Optional;

/**
 * One line of a criteria set. {@code code} is how a spreadsheet column names it; {@code maxPoints} is the
 * most a points, bonus or penalty value may be, and what a met threshold earns.
 *
 * @param groupId null for bonus and penalty items, which belong to no group
 */
public record Criterion(String id, String groupId, String code, String name, CriterionKind kind, double maxPoints,
                        Comparison comparison, Double target, String guide) {

    /** Why the value cannot be stored, or empty when it can. A value is never clipped to fit. */
    public Optional<Problem> problem(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return Optional.of(new Problem("scoring.value.notNumber"));
        }
        if (kind == CriterionKind.THRESHOLD) {
            return value < 0 ? Optional.of(new Problem("scoring.value.negative")) : Optional.empty();
        }
        if (value < 0) {
            return Optional.of(new Problem("scoring.value.negative"));
        }
        if (value > maxPoints + 1e-9) {
            return Optional.of(new Problem("scoring.value.overMax", Scores.format(value), Scores.format(maxPoints)));
        }
        return Optional.empty();
    }

    /** The points a stored value earns: itself, or for a threshold the maximum when the target is met. */
    public double points(double value) {
        return kind == CriterionKind.THRESHOLD ? (comparison.met(value, target) ? maxPoints : 0) : value;
    }

    /** "≤ 10" or "> 99,7" for headers and sheets. */
    public String limit() {
        return kind == CriterionKind.THRESHOLD ? comparison.symbol() + " " + Scores.format(target) : "≤ " + Scores.format(maxPoints);
    }
}
