package vn.tdkt.org;

import java.util.List;

/** A data row below the header; {@code number} is the row number Excel shows (1-based). */
public record SheetRow(int number, List<SheetCell> cells) {
    public SheetCell cell(int column) {
        return column < cells.size() ? cells.get(column) : SheetCell.BLANK;
    }
}
