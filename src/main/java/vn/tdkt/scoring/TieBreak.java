package vn.tdkt.scoring;

/** How members with equal totals are ordered; a setting of each criteria set. */
public enum TieBreak {
    /** Equal totals share a rank (1, 1, 3). */
    SHARED,
    /** The higher base score ranks first; still equal, they share. */
    BASE,
    /** Fewer penalty points rank first; still equal, they share. */
    PENALTY
}
