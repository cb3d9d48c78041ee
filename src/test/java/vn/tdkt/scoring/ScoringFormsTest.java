package vn.tdkt.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.RenderedFiles;

/** Bảng chấm điểm and Báo cáo kết quả chấm điểm from real records, rendered to .pdf and .docx and read back. */
class ScoringFormsTest {
    @TempDir
    Path dir;
    private ScoringFixture f;
    private final DocumentWriter writer = new DocumentWriter();

    @BeforeEach
    void open() {
        f = new ScoringFixture(dir);
        f.app.scoring().settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Trần Đức Hưởng"));
        for (int month = 1; month <= 3; month++) {
            ScoringPeriod period = f.month(month);
            f.scoring().save(period.id(), List.of(f.cell(f.c1, "HL1", 9), f.cell(f.c1, "CT1", 9.5), f.cell(f.c2, "HL1", 6),
                    f.cell(f.c2, "TR1", 2), f.cell(f.c3, "HL1", 8), f.cell(f.c3, "HC3", 99.8), f.cell(f.c3, "T1", 1)));
        }
    }

    @AfterEach
    void close() {
        f.close();
    }

    private ScoringForms forms() {
        return f.app.scoring().forms();
    }

    @Test
    void theScoreSheetShowsEveryValueTotalAndRankOfTheMonth() throws Exception {
        String march = f.scoring().periods().stream().filter(p -> p.number() == 3 && p.kind() == PeriodKind.MONTH).findFirst().orElseThrow().id();
        var document = forms().scoreSheet(march);
        String pdf = flat(RenderedFiles.pdfText(writer.render(document, DocumentFormat.PDF)));
        String docx = flat(RenderedFiles.docxText(writer.render(document, DocumentFormat.DOCX)));
        for (String text : List.of(pdf, docx)) {
            assertThat(text).contains("BẢNG CHẤM ĐIỂM THI ĐUA", "Tháng 3/2026", "Đại đội 1", "Đại đội 2", "Đại đội 3", "9,5", "HC3",
                    "Tỷ lệ quân số khỏe (%)", "> 99,7");
        }
        // c1: 9 + 9,5 = 18,5 first; c3: 8 + 5 (HC3 met) + 1 bonus = 14 second; c2: 6 − 2 = 4 third. Rows in the period's order.
        assertThat(pdf).containsPattern("1 Đại đội 1 9 [^Đ]*18,5 1 2 Đại đội 2 6 [^Đ]* 2 4 3 3 Đại đội 3 8 [^Đ]*99,8 [^Đ]*14 2");
    }

    @Test
    void theScoreSheetPrintsOnePagePerUnitWithItsValuesTotalAndRank() throws Exception {
        String march = f.scoring().periods().stream().filter(p -> p.number() == 3 && p.kind() == PeriodKind.MONTH).findFirst().orElseThrow().id();
        byte[] pdf = writer.render(forms().scoreSheetPerMember(march), DocumentFormat.PDF);
        List<String> units = List.of("Đại đội 1", "Đại đội 2", "Đại đội 3");
        assertThat(RenderedFiles.pdfPages(pdf)).as("one page per unit").isEqualTo(units.size());
        for (int page = 1; page <= units.size(); page++) {
            String text = flat(RenderedFiles.pdfPageText(pdf, page));
            assertThat(text).as("page " + page).contains("Đơn vị: " + units.get(page - 1), "HL1", "Tối đa / chỉ tiêu");
            for (String other : units) {
                if (!other.equals(units.get(page - 1))) {
                    assertThat(text).as("page " + page).doesNotContain("Đơn vị: " + other);
                }
            }
        }
        // c1: 9 + 9,5 = 18,5, first of three; c3: HC3 at 99,8 meets its target.
        assertThat(flat(RenderedFiles.pdfPageText(pdf, 1))).contains("tổng điểm 18,5; xếp hạng 1/3");
        assertThat(flat(RenderedFiles.pdfPageText(pdf, 3))).contains("99,8", "tổng điểm 14; xếp hạng 2/3");
        String docx = flat(RenderedFiles.docxText(writer.render(forms().scoreSheetPerMember(march), DocumentFormat.DOCX)));
        assertThat(docx).contains("Đơn vị: Đại đội 2", "tổng điểm 4; xếp hạng 3/3");
    }

    @Test
    void theQuarterReportRanksFromTheMonthsAndNamesWhereUnitsLoseMostPoints() throws Exception {
        ScoringPeriod quarter = f.scoring().openForUnits(f.set.id(), PeriodKind.QUARTER, 2026, 1, List.of(f.c1.id(), f.c2.id(), f.c3.id()), null);
        var document = forms().report(quarter.id());
        String pdf = flat(RenderedFiles.pdfText(writer.render(document, DocumentFormat.PDF)));
        String docx = flat(RenderedFiles.docxText(writer.render(document, DocumentFormat.DOCX)));
        for (String text : List.of(pdf, docx)) {
            assertThat(text).contains("BÁO CÁO", "Kết quả chấm điểm thi đua Quý I/2026", "Chấm điểm 3 đơn vị", "từ 3 tháng đã chấm",
                    "Tháng 1/2026, Tháng 2/2026, Tháng 3/2026", "lấy trung bình", "18,5", "Các tiêu chí các đơn vị bị mất nhiều điểm nhất");
        }
        // Nobody scored CT2 (10 points), KL1 or KL2 (10 each): 3 units × 3 months × 10 = 90 lost each, the most.
        assertThat(docx).containsPattern("(CT2|KL1|KL2) – [^:]+: mất tổng cộng 90 điểm");
        // The sample's lowest band is Trung bình from 50: all three are below it.
        assertThat(docx).contains("Dưới mức xếp loại thấp nhất: 3 đơn vị");
    }

    @Test
    void thePeopleOfAUnitAreScoredRankedAndPrintedByName() throws Exception {
        vn.tdkt.org.Person an = f.app.roster().add(f.c1.id(), vn.tdkt.org.PersonDetails.named("Lê Văn An"));
        vn.tdkt.org.Person binh = f.app.roster().add(f.c1.id(), vn.tdkt.org.PersonDetails.named("Đỗ Thị Bình"));
        vn.tdkt.org.Person cuong = f.app.roster().add(f.c1.id(), vn.tdkt.org.PersonDetails.named("Phạm Quốc Cường"));
        f.app.roster().add(f.c2.id(), vn.tdkt.org.PersonDetails.named("Hoàng Văn Dũng"));
        ScoringPeriod people = f.scoring().openForPeople(f.set.id(), PeriodKind.MONTH, 2026, 3, f.c1.id());
        assertThat(people.people()).isTrue();
        assertThat(people.title()).isEqualTo("Tháng 3/2026 – cá nhân Đại đội 1");
        assertThat(f.scoring().sheet(people.id()).members()).extracting(Member::name)
                .as("only those serving in Đại đội 1").containsExactlyInAnyOrder("Lê Văn An", "Đỗ Thị Bình", "Phạm Quốc Cường");
        String hl1 = f.criterion("HL1").id();
        f.scoring().save(people.id(), List.of(new CellChange(an.id(), hl1, 7.0, null), new CellChange(binh.id(), hl1, 9.0, null),
                new CellChange(cuong.id(), hl1, 8.0, "Bắn giỏi")));
        assertThat(f.scoring().ranking(people.id())).extracting(st -> st.member().name() + ":" + st.rank())
                .containsExactly("Đỗ Thị Bình:1", "Phạm Quốc Cường:2", "Lê Văn An:3");

        String sheet = flat(RenderedFiles.pdfText(writer.render(forms().scoreSheet(people.id()), DocumentFormat.PDF)));
        assertThat(sheet).contains("Họ và tên", "Tháng 3/2026 – cá nhân Đại đội 1", "Đỗ Thị Bình").doesNotContain("Hoàng Văn Dũng");
        String report = flat(RenderedFiles.docxText(writer.render(forms().report(people.id()), DocumentFormat.DOCX)));
        assertThat(report).contains("Chấm điểm 3 người", "Họ và tên", "Dưới mức xếp loại thấp nhất: 3 người")
                .containsPattern("1 Đỗ Thị Bình .*2 Phạm Quốc Cường .*3 Lê Văn An");

        assertThatThrownBy(() -> f.scoring().openForPeople(f.set.id(), PeriodKind.MONTH, 2026, 3, f.c3.id()))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).messageKey()).isEqualTo("scoring.period.noPeople");
    }

    /** Text as one line: the PDF breaks lines inside sentences and table cells. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void anUnknownPeriodIsRefusedWithItsId() {
        assertThatThrownBy(() -> forms().report("không-có")).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("scoring.period.notFound");
    }
}
