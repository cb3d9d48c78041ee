package vn.tdkt.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds a {@link Table}: header rows first, then the body rows. */
public final class TableBuilder {
    private final List<Float> widths = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();
    private int headerRows;
    private float fontSize = Table.DEFAULT_FONT_SIZE;

    private TableBuilder(float... widths) {
        for (float width : widths) {
            this.widths.add(width);
        }
    }

    /** A table with these relative column widths. */
    public static TableBuilder columns(float... widths) {
        return new TableBuilder(widths);
    }

    public TableBuilder fontSize(float size) {
        this.fontSize = size;
        return this;
    }

    /** A header row of bold centred labels, repeated on every page. */
    public TableBuilder header(String... labels) {
        return headerRow(Arrays.stream(labels).map(Cell::head).toArray(Cell[]::new));
    }

    public TableBuilder headerRow(Cell... cells) {
        if (headerRows != rows.size()) {
            throw new IllegalStateException("header rows come before body rows");
        }
        rows.add(List.of(cells));
        headerRows++;
        return this;
    }

    public TableBuilder row(Cell... cells) {
        rows.add(List.of(cells));
        return this;
    }

    /** A body row of plain texts; the first cell (STT) centred. */
    public TableBuilder row(String... texts) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            cells.add(i == 0 ? Cell.center(texts[i]) : Cell.text(texts[i]));
        }
        rows.add(cells);
        return this;
    }

    public Table build() {
        return new Table(widths, headerRows, rows, fontSize);
    }
}
