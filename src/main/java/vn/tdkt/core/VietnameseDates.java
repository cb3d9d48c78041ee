package vn.tdkt.core;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates the way Vietnamese documents write them. */
public final class VietnameseDates {
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern YEAR_MONTH_DAY = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private VietnameseDates() {
    }

    /** "ngày 05 tháng 12 năm 2026": Decree 30 pads day and months 1–2 with a zero. */
    public static String inWords(LocalDate date) {
        return "ngày " + twoDigits(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue()) + " năm " + date.getYear();
    }

    /** "Hà Tĩnh, ngày 05 tháng 12 năm 2026". */
    public static String placeAndDate(String place, LocalDate date) {
        return VietnameseText.clean(place) + ", " + inWords(date);
    }

    /** "05/12/2026". */
    public static String shortForm(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /** "14:05 29/11/2026" in the computer's time zone: when a backup or a change was made, for screens in either language. */
    public static String moment(java.time.Instant instant) {
        return MOMENT.format(instant.atZone(java.time.ZoneId.systemDefault()));
    }

    /** "08 giờ 30": the time of a meeting as minutes write it. */
    public static String hours(java.time.LocalTime time) {
        return twoDigits(time.getHour()) + " giờ " + twoDigits(time.getMinute());
    }

    /** Months 1 and 2 are padded ("tháng 01", "tháng 02") so nobody can add a digit; 3–12 are not. */
    private static String month(int month) {
        return month <= 2 ? "0" + month : Integer.toString(month);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }

    /** The precision a typed date carried: a bare year ("1990") or a month ("12/1990") is common in rosters. */
    public enum Precision { DAY, MONTH, YEAR }

    /** A parsed date and how precise it was typed. */
    public record Parsed(LocalDate date, Precision precision) {
    }

    /**
     * Reads the dates people type: "05/12/1990", "5-12-1990", "5.12.1990", "1990-12-05", "12/1990", "1990".
     * A month or bare year becomes its first day, with the precision kept.
     */
    public static Optional<Parsed> parse(String text) {
        String value = VietnameseText.clean(text);
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = DAY_MONTH_YEAR.matcher(value);
            if (m.matches()) {
                return Optional.of(new Parsed(LocalDate.of(year(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1))), Precision.DAY));
            }
            m = YEAR_MONTH_DAY.matcher(value);
            if (m.matches()) {
                return Optional.of(new Parsed(LocalDate.of(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), Precision.DAY));
            }
            m = MONTH_YEAR.matcher(value);
            if (m.matches()) {
                return Optional.of(new Parsed(LocalDate.of(year(m.group(2)), Integer.parseInt(m.group(1)), 1), Precision.MONTH));
            }
            m = YEAR.matcher(value);
            if (m.matches()) {
                return Optional.of(new Parsed(LocalDate.of(year(m.group(1)), 1, 1), Precision.YEAR));
            }
        } catch (DateTimeException | IllegalArgumentException invalid) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int year(String text) {
        int year = Integer.parseInt(text);
        if (year < 1900 || year > 2200) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        return year;
    }
}
