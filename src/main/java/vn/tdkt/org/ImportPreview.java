package vn.tdkt.org;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import would do, shown before anything is written: rows to add, rows that update a person
 * the import is sure of, rows it is not sure of ({@code reviews}, "cần xem lại": the officer decides),
 * rejected rows, and the numbers of the rows below the table (totals, signatures, notes) left out.
 */
public record ImportPreview(Path file, ColumnMapping mapping, SheetTable table, List<ImportRow> additions,
                            List<ImportRow> updates, List<ReviewRow> reviews, List<Rejection> rejections,
                            List<Integer> footerRows) {
    public ImportPreview {
        additions = List.copyOf(additions);
        updates = List.copyOf(updates);
        reviews = List.copyOf(reviews);
        rejections = List.copyOf(rejections);
        footerRows = List.copyOf(footerRows);
    }

    public boolean nothingToImport() {
        return additions.isEmpty() && updates.isEmpty() && reviews.isEmpty();
    }

    /** "48–52, 55": the footer rows as ranges, for the one line that lists them. */
    public String footerRanges() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < footerRows.size(); i++) {
            int start = footerRows.get(i);
            int end = start;
            while (i + 1 < footerRows.size() && footerRows.get(i + 1) == end + 1) {
                end = footerRows.get(++i);
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
