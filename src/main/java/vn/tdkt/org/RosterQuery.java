package vn.tdkt.org;

/**
 * A roster search: words of a name in any case, with or without diacritics; optionally only a unit
 * and everything under it, one rank, one category; people who left only when asked.
 */
public record RosterQuery(String text, String unitId, String rank, String category, boolean includeLeft) {
    public static final RosterQuery ALL = new RosterQuery("", null, null, null, false);

    public static RosterQuery text(String text) {
        return new RosterQuery(text, null, null, null, false);
    }

    public RosterQuery inUnit(String unit) {
        return new RosterQuery(text, unit, rank, category, includeLeft);
    }
}
