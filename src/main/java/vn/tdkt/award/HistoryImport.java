package vn.tdkt.award;

import java.util.List;
import java.util.Objects;
import vn.tdkt.org.Rejection;

/**
 * What an award-history spreadsheet would bring in: per accepted row, whose it is (a person or a unit) with the
 * award and/or the year's classification it carries; and the rows refused with the reason, described as the roster
 * import describes them. Nothing is written until {@link HistoryImporter#apply} is called with it.
 */
public record HistoryImport(String fileName, List<Line> lines, List<Rejection> rejected) {
    public HistoryImport {
        lines = List.copyOf(lines);
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

    public List<PastAward> awards() {
        return lines.stream().map(Line::award).filter(Objects::nonNull).toList();
    }

    public List<Classification> grades() {
        return lines.stream().map(Line::grade).filter(Objects::nonNull).toList();
    }

    public boolean nothingToImport() {
        return lines.isEmpty();
    }

    /** How many accepted rows are about units (tập thể), for the summary line. */
    public long unitLines() {
        return lines.stream().filter(l -> l.kind() == SubjectKind.UNIT).count();
    }
}
