package vn.tdkt.doc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.db.DataFolder;

/** The sổ văn bản on a real data folder. */
class DocumentRegisterTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 4);

    @TempDir
    Path temp;
    private AppContext app;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(temp), Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void refusesToNumberWithoutTheUnitsLetterhead() {
        assertThatThrownBy(() -> app.documents().issue(DocumentType.DECISION, DAY, "Khen thưởng", ""))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.letterhead.missing"));
    }

    @Test
    void countsPerTypeAndYearZeroPaddedBelowTen() {
        app.settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "", "", ""));
        DocumentRegister register = app.documents();
        assertThat(register.nextNumber(DocumentType.DECISION, DAY)).isEqualTo("01/QĐ-TrĐ19");
        assertThat(register.issue(DocumentType.DECISION, DAY, "Khen thưởng đợt 1", "").number()).isEqualTo("01/QĐ-TrĐ19");
        assertThat(register.issue(DocumentType.DECISION, DAY, "Khen thưởng đợt 2", null).number()).isEqualTo("02/QĐ-TrĐ19");
        assertThat(register.issue(DocumentType.PROPOSAL, DAY, "Đề nghị", "").number()).isEqualTo("01/TTr-TrĐ19");
        assertThat(register.issue(DocumentType.DECISION, DAY.plusYears(1), "Năm sau", "").number()).isEqualTo("01/QĐ-TrĐ19");
        assertThat(register.entries()).hasSize(4);
    }

    @Test
    void aTypedNumberIsKeptNeverIssuedTwiceAndCountingGoesOnAfterIt() {
        app.settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "", "", ""));
        DocumentRegister register = app.documents();
        assertThat(register.issue(DocumentType.DECISION, DAY, "Số nhập tay", "12/QĐ-TrĐ19").sequence()).isEqualTo(12);
        assertThatThrownBy(() -> register.issue(DocumentType.DECISION, DAY, "Trùng", "12/QĐ-TrĐ19"))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("doc.register.error.taken"));
        assertThatThrownBy(() -> register.issue(DocumentType.DECISION, DAY, "Trùng số thứ tự", "012/QĐ-TrĐ19"))
                .isInstanceOf(AppException.class);
        assertThat(register.issue(DocumentType.DECISION, DAY, "Tiếp theo", "").number()).isEqualTo("13/QĐ-TrĐ19");
        assertThat(register.issue(DocumentType.DECISION, DAY, "Số đặc biệt", "QĐ-ĐB/2026").sequence()).isNull();
        assertThatThrownBy(() -> register.issue(DocumentType.DECISION, DAY, "  ", ""))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("doc.register.error.subject"));
        assertThat(register.entries()).extracting(RegisterEntry::number).containsExactly("QĐ-ĐB/2026", "13/QĐ-TrĐ19", "12/QĐ-TrĐ19");
    }
}
