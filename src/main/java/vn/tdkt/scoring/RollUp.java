package vn.tdkt.scoring;

/** How a quarter, half-year or year total is computed from the months inside it. */
public enum RollUp {
    SUM, AVERAGE
}
