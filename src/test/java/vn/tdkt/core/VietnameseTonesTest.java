package vn.tdkt.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class VietnameseTonesTest {
    @Test
    void openOaOeUyCarryTheToneOnTheFirstVowel() {
        assertThat(VietnameseTones.canonical("Thiếu uý")).isEqualTo("Thiếu úy");
        assertThat(VietnameseTones.canonical("hoà bình")).isEqualTo("hòa bình");
        assertThat(VietnameseTones.canonical("Nguyễn Thị Thuỷ")).isEqualTo("Nguyễn Thị Thủy");
        assertThat(VietnameseTones.canonical("Chính uỷ")).isEqualTo("Chính ủy");
        assertThat(VietnameseTones.canonical("khoẻ, hoạ sĩ, toả")).isEqualTo("khỏe, họa sĩ, tỏa");
        assertThat(VietnameseTones.canonical("UỶ BAN HOÀ")).isEqualTo("ỦY BAN HÒA");
    }

    @Test
    void theCanonicalFormAndOtherSyllablesStayAsTheyAre() {
        for (String same : new String[] {"Thiếu úy", "hòa", "Hoàng Văn Toàn", "khuyến khích", "quý", "quà", "Huỳnh",
            "ngoài", "khuya", "Nguyễn Văn Hùng", "Đại tá", "", "Hưởng"}) {
            assertThat(VietnameseTones.canonical(same)).isEqualTo(same);
        }
        assertThat(VietnameseTones.canonical(null)).isNull();
    }

    @Test
    void decomposedInputComesOutComposed() {
        String nfd = Normalizer.normalize("Thuỷ", Normalizer.Form.NFD);
        assertThat(VietnameseTones.canonical(nfd)).isEqualTo("Thủy");
    }

    @Test
    void theKeyIgnoresCaseSpacesAndTonePlacementButKeepsMarks() {
        assertThat(VietnameseTones.key("  THIẾU  uý ")).isEqualTo(VietnameseTones.key("Thiếu úy"));
        assertThat(VietnameseTones.key("Nguyễn Văn Hưng")).isNotEqualTo(VietnameseTones.key("Nguyễn Văn Hùng"));
        assertThat(VietnameseTones.key(null)).isEmpty();
    }
}
