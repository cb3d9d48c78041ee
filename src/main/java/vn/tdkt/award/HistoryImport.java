package vn.tdkt.award;

import java.util.List;
import java.util.Objects;
import vn.tdkt.org.Rejection;

/**
 * What an award-history spreadsheet would bring in: per accepted row, whose it is (a person or a unit) with the
 * award and/or the year's classification it carries; the initiatives of its register sheet with their authors; and
 * the rows refused with the reason, described as the roster import describes them. Nothing is written until {@link HistoryImporter#apply} is called with it.
 */
public record HistoryImport(String fileName, List<Line> lines, List<InitiativeLine> initiatives, List<Rejection> rejected) {
    public HistoryImport {
        lines = List.copyOf(lines);
        initiatives = List.copyOf(initiatives);
        rejected = List.copyOf(rejected);
    }

    /**
     * A row that comes in.
     *
     * @param award null when the row brings only a classification
     * @param grade null when the row brings only an award
     */
    public record Line(int row, SubjectKind kind, String subjectName, PastAward award, Classification grade) {
    }

    /** An initiative or research topic of the register sheet, from its rows (an author a row). */
    public record InitiativeLine(List<Integer> rows, Initiative initiative, List<String> authorNames) {
        public InitiativeLine {
            rows = List.copyOf(rows);
            authorNames = List.copyOf(authorNames);
        }
    }

    public List<PastAward> awards() {
        return lines.stream().map(Line::award).filter(Objects::nonNull).toList();
    }

    public List<Classification> grades() {
        return lines.stream().map(Line::grade).filter(Objects::nonNull).toList();
    }

    /** The rows that come in: one per award or grade line, one per author of an initiative. */
    public int rowsToImport() {
        return lines.size() + initiatives.stream().mapToInt(i -> i.rows().size()).sum();
    }

    public boolean nothingToImport() {
        return lines.isEmpty() && initiatives.isEmpty();
    }

    /** How many accepted rows are about units (tập thể), for the summary line. */
    public long unitLines() {
        return lines.stream().filter(l -> l.kind() == SubjectKind.UNIT).count();
    }
}
