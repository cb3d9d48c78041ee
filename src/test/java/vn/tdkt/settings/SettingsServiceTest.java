package vn.tdkt.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;

class SettingsServiceTest {
    @TempDir
    Path dir;

    private static Letterhead sample() {
        return new Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh", "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng",
                "Chính ủy", "Thượng tá", "Trần Đức Hưởng");
    }

    @Test
    void letterheadIsSavedReadBackAndAudited() {
        DataFolder folder = new DataFolder(dir);
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            app.settings().saveLetterhead(sample());
        }
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            assertThat(app.settings().letterhead()).isEqualTo(sample());
            assertThat(app.audit().history("letterhead", "unit")).extracting(e -> e.field())
                    .contains("unitName", "placeName", "commissarName");
            app.settings().saveLetterhead(sample());
            assertThat(app.audit().history("letterhead", "unit")).hasSize(Letterhead.FIELDS.size());
        }
    }

    @Test
    void documentsRefuseAnIncompleteLetterheadNamingTheFields() {
        try (AppContext app = AppContext.open(new DataFolder(dir), Clock.systemUTC())) {
            Letterhead partial = new Letterhead("Sư đoàn 399", "", "TrĐ19", "", "Trung đoàn trưởng", "", "Nguyễn Văn Thắng", "", "", "");
            app.settings().saveLetterhead(partial);
            assertThatThrownBy(() -> app.settings().letterheadForDocuments())
                    .isInstanceOf(AppException.class)
                    .satisfies(e -> assertThat(Messages.vietnamese().describe(e)).contains("Tên đơn vị").contains("Địa danh").doesNotContain("Cơ quan cấp trên"));
        }
    }

    @Test
    void inputIsNormalizedToNfc() {
        String decomposed = java.text.Normalizer.normalize("  Trần  Đức Hưởng ", java.text.Normalizer.Form.NFD);
        Letterhead letterhead = new Letterhead("", "", "", "", "", "", "", "", "", decomposed);
        assertThat(letterhead.commissarName()).isEqualTo("Trần Đức Hưởng");
    }
}
