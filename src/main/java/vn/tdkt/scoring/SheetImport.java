package vn.tdkt.scoring;

import java.util.List;

/**
 * What a filled-in sheet would change, before anything is written: the cells whose value differs from the
 * stored one, and the cells refused with the reason. Applying writes the differences in one transaction.
 */
public record SheetImport(ScoringPeriod period, List<Difference> differences, List<Refused> refused) {

    /** One cell that would change; {@code before} / {@code after} null mean empty. */
    public record Difference(Member member, Criterion criterion, Double before, Double after, String note) {
    }

    /** One cell or row that cannot be taken, with its place in the sheet ("D7") and why. */
    public record Refused(String place, Problem problem) {
    }

    public boolean nothingToImport() {
        return differences.isEmpty();
    }
}
