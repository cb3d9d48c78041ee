package vn.tdkt.scoring;

/**
 * One member's figures: base (points and met thresholds), bonus and penalty after their caps, and
 * total = base + bonus − penalty.
 */
public record Totals(double base, double bonus, double penalty) {
    public static final Totals ZERO = new Totals(0, 0, 0);

    public double total() {
        return base + bonus - penalty;
    }
}
