package vn.tdkt.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VietnameseNumbersTest {
    @Test
    void groupsWithDotsAndUsesDecimalComma() {
        assertThat(VietnameseNumbers.grouped(1_200_000)).isEqualTo("1.200.000");
        assertThat(VietnameseNumbers.decimal(98.6, 2)).isEqualTo("98,6");
        assertThat(VietnameseNumbers.decimal(90.0, 1)).isEqualTo("90");
        assertThat(VietnameseNumbers.decimal(8.25, 1)).isEqualTo("8,3");
    }

    @Test
    void parsesVietnameseNumbers() {
        assertThat(VietnameseNumbers.parse("1.200.000")).isEqualByComparingTo(new BigDecimal("1200000"));
        assertThat(VietnameseNumbers.parse("98,6")).isEqualByComparingTo(new BigDecimal("98.6"));
        assertThat(VietnameseNumbers.parse("2.340.000,5")).isEqualByComparingTo(new BigDecimal("2340000.5"));
        assertThat(VietnameseNumbers.parse("8.2")).isEqualByComparingTo(new BigDecimal("8.2"));
        assertThatThrownBy(() -> VietnameseNumbers.parse("mười")).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void readsMoneyInWords() {
        assertThat(VietnameseNumbers.moneyInWords(1_200_000)).isEqualTo("một triệu hai trăm nghìn đồng");
        assertThat(VietnameseNumbers.moneyInWords(0)).isEqualTo("không đồng");
        assertThat(VietnameseNumbers.inWords(15)).isEqualTo("mười lăm");
        assertThat(VietnameseNumbers.inWords(21)).isEqualTo("hai mươi mốt");
        assertThat(VietnameseNumbers.inWords(24)).isEqualTo("hai mươi tư");
        assertThat(VietnameseNumbers.inWords(105)).isEqualTo("một trăm linh năm");
        assertThat(VietnameseNumbers.inWords(1_005)).isEqualTo("một nghìn không trăm linh năm");
        assertThat(VietnameseNumbers.inWords(2_340_000)).isEqualTo("hai triệu ba trăm bốn mươi nghìn");
        assertThat(VietnameseNumbers.inWords(3_510_000)).isEqualTo("ba triệu năm trăm mười nghìn");
        assertThat(VietnameseNumbers.inWords(1_000_000_000)).isEqualTo("một tỷ");
        assertThat(VietnameseNumbers.inWords(14_040_000)).isEqualTo("mười bốn triệu không trăm bốn mươi nghìn");
    }
}
