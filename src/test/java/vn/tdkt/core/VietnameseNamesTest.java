package vn.tdkt.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseNamesTest {
    @Test
    void sortsByGivenNameThenMiddleThenFamily() {
        List<String> names = new ArrayList<>(List.of("Trần Văn Bình", "Nguyễn Văn An", "Lê Thị Ánh", "Nguyễn Thị An", "Phạm Đức", "Hoàng Anh"));
        names.sort(VietnameseNames.nameOrder());
        assertThat(names).containsExactly("Nguyễn Thị An", "Nguyễn Văn An", "Hoàng Anh", "Lê Thị Ánh", "Trần Văn Bình", "Phạm Đức");
    }

    @Test
    void vietnameseLettersFollowTheirBaseLetter() {
        List<String> names = new ArrayList<>(List.of("Lê Đức", "Lê Dũng", "Lê Ưng", "Lê Uyên", "Lê Ơn", "Lê Ôn", "Lê On", "Lê Ăn", "Lê Ân", "Lê An"));
        names.sort(VietnameseNames.nameOrder());
        assertThat(names).containsExactly("Lê An", "Lê Ăn", "Lê Ân", "Lê Dũng", "Lê Đức", "Lê On", "Lê Ôn", "Lê Ơn", "Lê Uyên", "Lê Ưng");
    }

    @Test
    void sameFamilyAndGivenOrdersByMiddle() {
        List<String> names = new ArrayList<>(List.of("Nguyễn Văn Hùng", "Nguyễn Đình Hùng", "Nguyễn Hùng"));
        names.sort(VietnameseNames.nameOrder());
        assertThat(names).containsExactly("Nguyễn Hùng", "Nguyễn Đình Hùng", "Nguyễn Văn Hùng");
    }

    @Test
    void splitsNameIntoParts() {
        VietnameseNames.Parts parts = VietnameseNames.Parts.of("  Phạm  Thị Ngọc   Ẫn ");
        assertThat(parts.family()).isEqualTo("Phạm");
        assertThat(parts.middle()).isEqualTo("Thị Ngọc");
        assertThat(parts.given()).isEqualTo("Ẫn");
    }

    @Test
    void theRuntimeHasTheVietnameseCollation() {
        assertThat(VietnameseNames.collatorIsVietnamese()).isTrue();
        assertThat(VietnameseNames.collationVersion()).isEqualTo(VietnameseNames.collationVersion()).isNotBlank();
    }

    @Test
    void aNameIsLettersWithMarksAndAFewPunctuationMarks() {
        for (String name : new String[] {"Nguyễn Văn Hùng", "Công Tằng Tôn Nữ Thị Bích Ngọc", "Lê Thị Hồng-Nhung", "Y Blốk Êban",
            "Nguyễn Văn A.", "H'Hen Niê"}) {
            assertThat(VietnameseNames.isName(name)).as(name).isTrue();
        }
        for (String notName : new String[] {"Tổng cộng: 44 đồng chí", "Hà Tĩnh, ngày 01 tháng 11 năm 2026", "Cộng 12", "12",
            "Nguyễn Văn 2", "", "   ", "Ghi chú: quân số tăng", "(Ký, ghi rõ họ tên)", "a b c d e f g h i"}) {
            assertThat(VietnameseNames.isName(notName)).as(notName).isFalse();
        }
        assertThat(VietnameseNames.isName(null)).isFalse();
    }
}
