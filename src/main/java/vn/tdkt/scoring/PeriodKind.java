package vn.tdkt.scoring;

/** Tháng, quý, 6 tháng, năm: how many of each fit in a year and which months each covers. */
public enum PeriodKind {
    MONTH(12), QUARTER(4), HALF_YEAR(2), YEAR(1);

    private final int perYear;

    PeriodKind(int perYear) {
        this.perYear = perYear;
    }

    public int perYear() {
        return perYear;
    }

    public int firstMonth(int number) {
        return (number - 1) * (12 / perYear) + 1;
    }

    public int lastMonth(int number) {
        return number * (12 / perYear);
    }

    public String messageKey() {
        return "scoring.periodKind." + name();
    }
}
