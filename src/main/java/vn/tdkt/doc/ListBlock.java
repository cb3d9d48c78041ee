package vn.tdkt.doc;

import java.util.List;

/** A bullet list (the decree's "-" items) or a numbered list ("1.", "2."), body-sized. */
public record ListBlock(boolean numbered, List<List<Run>> items) implements Block {
    /** The space below a list, in points: an empty paragraph of that height in both renderers. */
    public static final float SPACE_AFTER = 3;

    public ListBlock {
        items = items.stream().map(List::copyOf).toList();
    }
}
