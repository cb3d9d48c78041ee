package vn.tdkt.db;

/** How many automatic backups stay: the newest of each of the last days, weeks and months that have one. */
public record Retention(int daily, int weekly, int monthly) {
    /** 7 daily, 4 weekly, 12 monthly: a year back, finer the closer to today. */
    public static final Retention STANDARD = new Retention(7, 4, 12);

    public Retention {
        if (daily < 1 || weekly < 0 || monthly < 0) {
            throw new IllegalArgumentException("keep at least the newest daily backup");
        }
    }
}
