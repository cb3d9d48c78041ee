package vn.tdkt.award;

import java.util.List;

/**
 * What an award-history spreadsheet would bring in: the rows matched to a person of the roster, and the rows
 * refused with the reason (unmatched, ambiguous, duplicate, bad year or missing title). Nothing is written until
 * {@link HistoryImporter#apply} is called with it.
 */
public record HistoryImport(String fileName, List<PastAward> accepted, List<Rejected> rejected) {
    public HistoryImport {
        accepted = List.copyOf(accepted);
        rejected = List.copyOf(rejected);
    }

    /** A refused row: its number in the sheet and the reason as a bundle key with arguments. */
    public record Rejected(int row, String key, List<Object> args) {
        public Rejected {
            args = List.copyOf(args);
        }
    }
}
