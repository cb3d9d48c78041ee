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
