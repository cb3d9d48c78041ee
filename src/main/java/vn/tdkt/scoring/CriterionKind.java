package vn.tdkt.scoring;

/** What a criterion's value means and how it counts in the total. */
public enum CriterionKind {
    /** Points from 0 up to the maximum; part of the base score. */
    POINTS,
    /** A measured value against a target (e.g. quân số khỏe &gt; 99,7%); the maximum counts when it is met. */
    THRESHOLD,
    /** Điểm thưởng: 0 up to the item's maximum; the sum is capped by the set's bonus cap. */
    BONUS,
    /** Điểm trừ: 0 up to the item's maximum; the sum is capped by the set's penalty cap. */
    PENALTY
}
