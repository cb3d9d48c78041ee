package vn.tdkt.exchange;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.ScoringService;

/**
 * The time a scoring period covers, the same at every installation: a month, quarter, half-year or year.
 * Written "6/2026", "Q2/2026", "H1/2026" or "2026" on the command line, named as the scoring page names it.
 */
public record PeriodKey(PeriodKind kind, int year, int number) {
    private static final Pattern TEXT = Pattern.compile("(?i)\\s*(?:(Q|H)?(\\d{1,2})\\s*/\\s*)?(\\d{4})\\s*");

    /** Newest year first; within a year the months (newest first), then quarters, half-years and the year: blocks compare monthly most. */
    public static final Comparator<PeriodKey> NEWEST_FIRST = Comparator.comparingInt(PeriodKey::year).reversed()
            .thenComparing(PeriodKey::kind).thenComparing(Comparator.comparingInt(PeriodKey::number).reversed());

    public static Optional<PeriodKey> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(3));
        if (m.group(2) == null) {
            return Optional.of(new PeriodKey(PeriodKind.YEAR, year, 1));
        }
        PeriodKind kind = m.group(1) == null ? PeriodKind.MONTH : m.group(1).equalsIgnoreCase("Q") ? PeriodKind.QUARTER : PeriodKind.HALF_YEAR;
        int number = Integer.parseInt(m.group(2));
        return number >= 1 && number <= kind.perYear() ? Optional.of(new PeriodKey(kind, year, number)) : Optional.empty();
    }

    /** How {@link #parse} reads it back. */
    public String code() {
        return switch (kind) {
            case MONTH -> number + "/" + year;
            case QUARTER -> "Q" + number + "/" + year;
            case HALF_YEAR -> "H" + number + "/" + year;
            case YEAR -> Integer.toString(year);
        };
    }

    /** "Tháng 6/2026", "Quý II/2026": as the scoring page titles its periods. */
    public String label() {
        return ScoringService.title(kind, year, number);
    }
}
