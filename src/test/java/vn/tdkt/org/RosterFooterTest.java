package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;

/** Footers are not people: the lines real rosters end with are listed once and never imported or rejected. */
class RosterFooterTest {
    @TempDir
    Path dir;
    OrgFixture org;

    @BeforeEach
    void open() {
        org = new OrgFixture(dir);
    }

    @AfterEach
    void close() {
        org.close();
    }

    private ImportPreview preview(Path file) {
        ImportSource source = org.app.rosterImporter().read(file);
        return org.app.rosterImporter().preview(source, source.suggested(), org.company1.id(), Progress.NONE);
    }

    /** A numbered table ending with a total, place and date, two captions in merged cells, and the signers. */
    @ParameterizedTest
    @ValueSource(strings = {"cuoi-bang.xlsx", "cuoi-bang.xls"})
    void aNumberedTableEndsAtItsTotalLine(String name) throws Exception {
        Path file = TestWorkbooks.write(dir.resolve(name), sheet -> {
            TestWorkbooks.row(sheet, 0, "STT", "Họ và tên", "Ngày sinh", "Cấp bậc", "Chức vụ", "Ghi chú");
            TestWorkbooks.row(sheet, 1, 1, "Nguyễn Văn Hùng", LocalDate.of(1990, 12, 5), "Trung úy", "Trung đội trưởng", null);
            TestWorkbooks.row(sheet, 2, 2, "Trần Thị Hoa", "20/03/1995", "Thượng sĩ", "Nhân viên", null);
            TestWorkbooks.row(sheet, 3, 3, "Lê Văn Nam", "1990", "Binh nhất", "Chiến sĩ", null);
            TestWorkbooks.row(sheet, 4, "Tổng cộng: 3 đồng chí");
            sheet.addMergedRegion(new CellRangeAddress(4, 4, 0, 3));
            TestWorkbooks.row(sheet, 6, null, null, null, "Hà Tĩnh, ngày 01 tháng 11 năm 2026");
            sheet.addMergedRegion(new CellRangeAddress(6, 6, 3, 5));
            TestWorkbooks.row(sheet, 7, null, "NGƯỜI LẬP BIỂU", null, "TIỂU ĐOÀN TRƯỞNG");
            sheet.addMergedRegion(new CellRangeAddress(7, 7, 3, 5));
            TestWorkbooks.row(sheet, 10, null, "Thượng sĩ Phan Văn Lộc", null, "Thiếu tá Trần Văn Tú");
        });

        ImportPreview preview = preview(file);

        assertThat(preview.additions()).extracting(r -> r.details().fullName()).containsExactly("Nguyễn Văn Hùng", "Trần Thị Hoa", "Lê Văn Nam");
        assertThat(preview.rejections()).isEmpty();
        assertThat(preview.reviews()).isEmpty();
        assertThat(preview.footerRows()).containsExactly(5, 7, 8, 11);
        assertThat(Messages.vietnamese().get("roster.import.footer", preview.footerRanges()))
                .isEqualTo("Không nhập: phần cuối bảng (dòng 5, 7–8, 11).");
        org.app.rosterImporter().apply(preview, Progress.NONE);
        assertThat(org.app.roster().search(RosterQuery.ALL)).hasSize(3);
    }

    /** No STT column: lower-case total, a place-and-date line, "T/M CHI ỦY", "KT." and a rank with a name, a notes row. */
    @ParameterizedTest
    @ValueSource(strings = {"khong-stt.xlsx", "khong-stt.xls"})
    void aTableWithoutNumbersEndsAtTheFirstFooterLine(String name) throws Exception {
        Path file = TestWorkbooks.write(dir.resolve(name), sheet -> {
            TestWorkbooks.row(sheet, 0, "Họ và tên", "Năm sinh", "Cấp bậc");
            TestWorkbooks.row(sheet, 1, "Võ Văn Quyết", 1992, "Binh nhì");
            TestWorkbooks.row(sheet, 2, "Ghi chú: đồng chí Quyết đang đi học");
            TestWorkbooks.row(sheet, 3, "Đoàn Văn Tâm", 1991, "Binh nhì");
            TestWorkbooks.row(sheet, 4, "cộng: 2 đ/c");
            TestWorkbooks.row(sheet, 5, "Nghệ An, ngày ... tháng ... năm 2026");
            sheet.addMergedRegion(new CellRangeAddress(5, 5, 0, 2));
            TestWorkbooks.row(sheet, 6, "T/M CHI ỦY", null, "KT. ĐẠI ĐỘI TRƯỞNG");
            TestWorkbooks.row(sheet, 7, "BÍ THƯ", null, "PHÓ ĐẠI ĐỘI TRƯỞNG");
            TestWorkbooks.row(sheet, 9, "Trung úy Hồ Văn Sơn", null, "Thượng úy Trần Văn Tú");
        });

        ImportPreview preview = preview(file);

        assertThat(preview.additions()).extracting(r -> r.details().fullName()).containsExactly("Võ Văn Quyết", "Đoàn Văn Tâm");
        assertThat(preview.rejections()).isEmpty();
        assertThat(preview.footerRows()).containsExactly(3, 5, 6, 7, 8, 10);
    }

    /** Rows without STT after the numbered block end the table even when they look like names. */
    @ParameterizedTest
    @ValueSource(strings = {"ky-ten.xlsx", "ky-ten.xls"})
    void rowsWithoutNumbersAfterTheNumberedBlockAreTheFooter(String name) throws Exception {
        Path file = TestWorkbooks.write(dir.resolve(name), sheet -> {
            TestWorkbooks.row(sheet, 0, "TT", "Họ tên", "Ngày sinh");
            TestWorkbooks.row(sheet, 1, "1", "Nguyễn Văn Hùng", "05/12/1990");
            TestWorkbooks.row(sheet, 2, "2.", "Trần Thị Hoa", "20/03/1995");
            TestWorkbooks.row(sheet, 4, null, "Người duyệt");
            TestWorkbooks.row(sheet, 6, null, "Trần Văn Tú");
        });

        ImportPreview preview = preview(file);

        assertThat(preview.additions()).hasSize(2);
        assertThat(preview.rejections()).isEmpty();
        assertThat(preview.footerRows()).containsExactly(5, 7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ten-sai.xlsx"})
    void aNameWithDigitsOrAColonIsRejectedAsNotAName(String name) throws Exception {
        Path file = TestWorkbooks.write(dir.resolve(name), sheet -> {
            TestWorkbooks.row(sheet, 0, "STT", "Họ và tên", "Ngày sinh");
            TestWorkbooks.row(sheet, 1, 1, "Nguyễn Văn 2", "05/12/1990");
            TestWorkbooks.row(sheet, 2, 2, "Trần Thị Hoa", "20/03/1995");
        });

        ImportPreview preview = preview(file);

        assertThat(preview.rejections()).extracting(Rejection::reasonKey).containsExactly("roster.reject.notAName");
        assertThat(preview.additions()).hasSize(1);
    }
}
