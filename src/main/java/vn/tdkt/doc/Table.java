package vn.tdkt.doc;

import java.util.List;

/**
 * A ruled table. The first {@code headerRows} rows repeat at the top of every page the table runs onto.
 *
 * @param widths   relative column widths
 * @param fontSize 12–13 pt in tables, smaller than the body
 */
public record Table(List<Float> widths, int headerRows, List<List<Cell>> rows, float fontSize) implements Block {
    public static final float DEFAULT_FONT_SIZE = 12;
    /** The space below a table, in points: an empty paragraph of that height in both renderers (Word needs one between tables). */
    public static final float SPACE_AFTER = 9;

    public Table {
        widths = List.copyOf(widths);
        rows = rows.stream().map(List::copyOf).toList();
        if (headerRows < 0 || headerRows > rows.size()) {
            throw new IllegalArgumentException("header rows out of range");
        }
    }

    public int columns() {
        return widths.size();
    }

    public float totalWidth() {
        float total = 0;
        for (float width : widths) {
            total += width;
        }
        return total;
    }
}
