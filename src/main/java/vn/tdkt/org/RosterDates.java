package vn.tdkt.org;

import java.time.LocalDate;
import java.util.Optional;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseDates.Parsed;
import vn.tdkt.core.VietnameseDates.Precision;

/** Roster dates written back the way they were typed: "05/12/1990", "12/1990" or "1990". */
public final class RosterDates {
    private RosterDates() {
    }

    public static String format(Parsed date) {
        if (date == null) {
            return "";
        }
        LocalDate d = date.date();
        return switch (date.precision()) {
            case DAY -> VietnameseDates.shortForm(d);
            case MONTH -> String.format("%02d/%d", d.getMonthValue(), d.getYear());
            case YEAR -> Integer.toString(d.getYear());
        };
    }

    public static Optional<Parsed> parse(String text) {
        return VietnameseDates.parse(text);
    }

    public static Parsed day(LocalDate date) {
        return date == null ? null : new Parsed(date, Precision.DAY);
    }

    static Parsed of(LocalDate date, String precision) {
        return date == null ? null : new Parsed(date, precision == null ? Precision.DAY : Precision.valueOf(precision));
    }

    static String precision(Parsed date) {
        return date == null ? null : date.precision().name();
    }

    static LocalDate date(Parsed date) {
        return date == null ? null : date.date();
    }
}
