package vn.tdkt.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTextTest {
    @Test
    void nfcComposesDecomposedInput() {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Thị Hường");
        assertThat(VietnameseText.nfc(decomposed)).isEqualTo("Nguyễn Thị Hường");
    }

    @Test
    void cleanCollapsesSpacesIncludingNonBreaking() {
        assertThat(VietnameseText.clean("  Trần\u00A0 Văn\t\tBình  ")).isEqualTo("Trần Văn Bình");
        assertThat(VietnameseText.cleanOrNull("   ")).isNull();
        assertThat(VietnameseText.clean(null)).isNull();
    }

    /** Text that is already clean comes back as it is; every kind of dirt still goes, wherever it sits. */
    @Test
    void cleanLeavesCleanTextAloneAndRemovesEveryInvisibleOrExtraSpace() {
        String clean = "Nguyễn Thị Hường, Đại đội 1 (c1)";
        assertThat(VietnameseText.clean(clean)).isSameAs(clean);
        assertThat(VietnameseText.clean("")).isEmpty();
        for (String dirt : new String[] {"\u200B", "\u00AD", "\uFEFF", "\u202E", "\u0007", "\u0085"}) {
            assertThat(VietnameseText.clean("Nguyễn" + dirt + " Thị")).as(dirt).isEqualTo("Nguyễn Thị");
        }
        for (String space : new String[] {"  ", "\u00A0", "\u2007", "\u202F", "\t", "\n", " \r\n "}) {
            assertThat(VietnameseText.clean("Nguyễn" + space + "Thị")).as(space).isEqualTo("Nguyễn Thị");
        }
        assertThat(VietnameseText.clean(" Thị")).isEqualTo("Thị");
        assertThat(VietnameseText.clean("Thị ")).isEqualTo("Thị");
        assertThat(VietnameseText.clean(Normalizer.normalize(clean, Normalizer.Form.NFD))).isEqualTo(clean);
    }

    @Test
    void foldIgnoresCaseAndMarksAndFoldsD() {
        assertThat(VietnameseText.fold("NGUYỄN văn Hùng")).isEqualTo("nguyen van hung");
        assertThat(VietnameseText.fold("Đặng Đức")).isEqualTo("dang duc");
        assertThat(VietnameseText.fold(Normalizer.normalize("Ưng Ơn Ẫn Ỹ", Normalizer.Form.NFD))).isEqualTo("ung on an y");
    }

    @Test
    void fileSafeDropsMarksButKeepsCase() {
        assertThat(VietnameseText.fileSafe("Tờ trình khen thưởng 2026 TrĐ9.docx")).isEqualTo("To-trinh-khen-thuong-2026-TrD9.docx");
    }
}
