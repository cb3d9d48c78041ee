package vn.tdkt.doc;

import java.util.List;

/**
 * A table cell. Rows list only the cells that start in them: a cell spanning two rows is left out of
 * the row below, as in HTML.
 */
public record Cell(List<Run> runs, int colSpan, int rowSpan, Align align) {
    public Cell {
        runs = List.copyOf(runs);
        if (colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("spans start at 1");
        }
    }

    public static Cell text(String text) {
        return new Cell(List.of(Run.plain(text)), 1, 1, Align.LEFT);
    }

    public static Cell center(String text) {
        return new Cell(List.of(Run.plain(text)), 1, 1, Align.CENTER);
    }

    public static Cell right(String text) {
        return new Cell(List.of(Run.plain(text)), 1, 1, Align.RIGHT);
    }

    public static Cell head(String text) {
        return new Cell(List.of(Run.bold(text)), 1, 1, Align.CENTER);
    }

    public Cell span(int columns, int rows) {
        return new Cell(runs, columns, rows, align);
    }

    public Cell bold() {
        return new Cell(runs.stream().map(r -> new Run(r.text(), true, r.italic(), r.underline())).toList(), colSpan, rowSpan, align);
    }
}
