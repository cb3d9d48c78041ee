package vn.tdkt.org;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import would do, shown before anything is written: rows to add, rows that update a person
 * the import is sure of, rows it is not sure of ({@code reviews}, "cần xem lại": the officer decides),
 * rejected rows, the numbers of the rows below the table (totals, signatures, notes) left out, and of
 * the group headings ("BAN CHỈ HUY", "ĐẠI ĐỘI 1") that are no people either.
 */
public record ImportPreview(Path file, ColumnMapping mapping, SheetTable table, List<ImportRow> additions,
                            List<ImportRow> updates, List<ReviewRow> reviews, List<Rejection> rejections,
                            List<Integer> footerRows, List<Integer> headingRows) {
    public ImportPreview {
        additions = List.copyOf(additions);
        updates = List.copyOf(updates);
        reviews = List.copyOf(reviews);
        rejections = List.copyOf(rejections);
        footerRows = List.copyOf(footerRows);
        headingRows = List.copyOf(headingRows);
    }

    public boolean nothingToImport() {
        return additions.isEmpty() && updates.isEmpty() && reviews.isEmpty();
    }

    /** "48–52, 55": the footer rows as ranges, for the one line that lists them. */
    public String footerRanges() {
        return ranges(footerRows);
    }

    /** "3, 17, 31": the group heading rows, for the one line that lists them. */
    public String headingRanges() {
        return ranges(headingRows);
    }

    private static String ranges(List<Integer> rows) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < rows.size(); i++) {
            int start = rows.get(i);
            int end = start;
            while (i + 1 < rows.size() && rows.get(i + 1) == end + 1) {
                end = rows.get(++i);
            }
            text.append(text.isEmpty() ? "" : ", ").append(start).append(end == start ? "" : "–" + end);
        }
        return text.toString();
    }

    /**
     * A row the import cannot be sure about: a person of the same name without a birth date to tell them
     * apart, several people it could be, or a name that differs only in its marks. Never an update by itself.
     */
    public record ReviewRow(ImportRow row, String reasonKey, List<Candidate> candidates) {
        public ReviewRow {
            candidates = List.copyOf(candidates);
        }
    }

    /** A person already in the roster that a review row may be. */
    public record Candidate(String personId, String fullName, String unitName, java.time.LocalDate birth, String identifier) {
    }
}
