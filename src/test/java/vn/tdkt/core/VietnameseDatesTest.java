package vn.tdkt.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {
    @Test
    void writesDatesInWordsWithDecree30Padding() {
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 12, 5))).isEqualTo("ngày 05 tháng 12 năm 2026");
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 1, 15))).isEqualTo("ngày 15 tháng 01 năm 2026");
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 2, 3))).isEqualTo("ngày 03 tháng 02 năm 2026");
        assertThat(VietnameseDates.inWords(LocalDate.of(2026, 3, 3))).isEqualTo("ngày 03 tháng 3 năm 2026");
        assertThat(VietnameseDates.placeAndDate(" Hà Tĩnh ", LocalDate.of(2026, 12, 5))).isEqualTo("Hà Tĩnh, ngày 05 tháng 12 năm 2026");
    }

    @Test
    void shortFormIsDayMonthYear() {
        assertThat(VietnameseDates.shortForm(LocalDate.of(1990, 12, 5))).isEqualTo("05/12/1990");
    }

    @Test
    void parsesWhatPeopleType() {
        assertThat(VietnameseDates.parse("05/12/1990")).contains(new VietnameseDates.Parsed(LocalDate.of(1990, 12, 5), VietnameseDates.Precision.DAY));
        assertThat(VietnameseDates.parse(" 5-12-1990 ")).contains(new VietnameseDates.Parsed(LocalDate.of(1990, 12, 5), VietnameseDates.Precision.DAY));
        assertThat(VietnameseDates.parse("5.12.1990").map(VietnameseDates.Parsed::date)).contains(LocalDate.of(1990, 12, 5));
        assertThat(VietnameseDates.parse("1990-12-05").map(VietnameseDates.Parsed::date)).contains(LocalDate.of(1990, 12, 5));
        assertThat(VietnameseDates.parse("12/1990")).contains(new VietnameseDates.Parsed(LocalDate.of(1990, 12, 1), VietnameseDates.Precision.MONTH));
        assertThat(VietnameseDates.parse("1990")).contains(new VietnameseDates.Parsed(LocalDate.of(1990, 1, 1), VietnameseDates.Precision.YEAR));
    }

    @Test
    void refusesImpossibleDates() {
        assertThat(VietnameseDates.parse("31/02/1990")).isEmpty();
        assertThat(VietnameseDates.parse("abc")).isEmpty();
        assertThat(VietnameseDates.parse("05/13/1990")).isEmpty();
        assertThat(VietnameseDates.parse("1066")).isEmpty();
        assertThat(VietnameseDates.parse("")).isEmpty();
    }
}
