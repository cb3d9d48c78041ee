package vn.tdkt.scoring;

/** How a threshold criterion's measured value is compared with its target. */
public enum Comparison {
    GT(">"), GE("≥"), LT("<"), LE("≤");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    public boolean met(double value, double target) {
        return switch (this) {
            case GT -> value > target;
            case GE -> value >= target;
            case LT -> value < target;
            case LE -> value <= target;
        };
    }
}
