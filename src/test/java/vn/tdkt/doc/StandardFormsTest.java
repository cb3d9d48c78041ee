package vn.tdkt.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import vn.tdkt.doc.forms.FormSamples;
import vn.tdkt.doc.forms.StandardForms;
import vn.tdkt.settings.Letterhead;

/** Every form, rendered both ways and opened back: the text that matters is there, the same in both, and the PDF is PDF/A-2b. */
class StandardFormsTest {
    static final Letterhead LETTERHEAD = new Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
            "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Trần Đức Hưởng", 2_340_000);
    static final LocalDate DATE = LocalDate.of(2026, 2, 5);

    private final DocumentWriter writer = new DocumentWriter();

    static Stream<StandardForms.Form> forms() {
        return StandardForms.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void bothFilesCarryTheHeaderAndTheSameText(StandardForms.Form form) throws Exception {
        Document document = form.build(LETTERHEAD, DATE);
        byte[] pdf = writer.render(document, DocumentFormat.PDF);
        byte[] docx = writer.render(document, DocumentFormat.DOCX);
        String pdfText = RenderedFiles.pdfText(pdf);
        String docxText = RenderedFiles.docxText(docx);
        for (String text : List.of(pdfText, docxText)) {
            assertThat(text).contains("SƯ ĐOÀN 399", "TRUNG ĐOÀN 19", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày ", " năm 2026");
        }
        // Distinct words: the PDF carries a table's header row again on every page it runs onto, Word only repeats it on screen.
        assertThat(new java.util.TreeSet<>(RenderedFiles.words(pdfText))).isEqualTo(new java.util.TreeSet<>(RenderedFiles.words(docxText)));
        assertThat(RenderedFiles.pdfaFailures(pdf)).isEmpty();
    }

    @Test
    void proposalLetterCarriesNumberAddresseeNamesTableAndSigner() throws Exception {
        Document document = StandardForms.all().getFirst().build(LETTERHEAD, DATE);
        for (String text : List.of(RenderedFiles.pdfText(writer.render(document, DocumentFormat.PDF)),
                RenderedFiles.docxText(writer.render(document, DocumentFormat.DOCX)))) {
            assertThat(text).contains("Số: 15/TTr-TrĐ19", "TỜ TRÌNH", "Kính gửi: Sư đoàn 399", "Căn cứ Luật Thi đua, khen thưởng",
                    "cho 2 tập thể và 4 cá nhân", "Nơi nhận:", "TRUNG ĐOÀN TRƯỞNG", "Đại tá Nguyễn Văn Thắng",
                    FormSamples.PERSON_1, FormSamples.PERSON_2, FormSamples.PERSON_3, FormSamples.PERSON_4,
                    "DANH SÁCH", "Tóm tắt thành tích");
        }
        assertThat(RenderedFiles.docxText(writer.render(document, DocumentFormat.DOCX)))
                .contains("Hà Tĩnh, ngày 05 tháng 02 năm 2026", "(Kèm theo Tờ trình số 15/TTr-TrĐ19 ngày 05 tháng 02 năm 2026 của Trung đoàn 19)");
    }

    @Test
    void decisionListAddsUpTheBonusInVietnameseGrouping() throws Exception {
        Document document = form("decision").build(LETTERHEAD, DATE);
        String pdf = RenderedFiles.pdfText(writer.render(document, DocumentFormat.PDF));
        String docx = RenderedFiles.docxText(writer.render(document, DocumentFormat.DOCX));
        for (String text : List.of(pdf, docx)) {
            assertThat(text).contains("Số: 05/QĐ-TrĐ19", "QUYẾT ĐỊNH:", "Điều 1.", "I. CÁ NHÂN", "II. TẬP THỂ", "2.340.000", "9.360.000", "Cộng");
        }
    }

    @Test
    void minutesShowTheShareOverTheWholeCouncilAndBothSigners() throws Exception {
        Document document = form("minutes").build(LETTERHEAD, DATE);
        String pdf = RenderedFiles.pdfText(writer.render(document, DocumentFormat.PDF));
        assertThat(pdf).contains("III. KẾT QUẢ BỎ PHIẾU", "88,9", "77,8", "THƯ KÝ", "CHỦ TỊCH HỘI ĐỒNG", "Thượng tá Trần Đức Hưởng");
        assertThat(RenderedFiles.docxText(writer.render(document, DocumentFormat.DOCX))).contains("\t77,8\tKhông đạt");
    }

    @Test
    void personalReportFollowsTheDecreeSections() throws Exception {
        Document document = form("personalReport").build(LETTERHEAD, DATE);
        String docx = RenderedFiles.docxText(writer.render(document, DocumentFormat.DOCX));
        assertThat(docx).contains("I. SƠ LƯỢC LÝ LỊCH", "II. THÀNH TÍCH ĐẠT ĐƯỢC", "III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG",
                "Danh hiệu thi đua", "Chiến sĩ thi đua cơ sở", "THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ", "NGƯỜI BÁO CÁO THÀNH TÍCH",
                "XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG");
        assertThat(docx).as("a person's own report carries no document number").doesNotContain("Số:");
        assertThat(RenderedFiles.pdfText(writer.render(document, DocumentFormat.PDF))).doesNotContain("Số:").contains("TRUNG ĐOÀN 19");
    }

    private static StandardForms.Form form(String id) {
        return StandardForms.all().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
