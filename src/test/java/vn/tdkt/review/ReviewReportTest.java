package vn.tdkt.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.doc.Block;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Contradiction;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.FormSource;
import vn.tdkt.doc.RenderedFiles;
import vn.tdkt.doc.Run;
import vn.tdkt.doc.Table;
import vn.tdkt.plan.Plan;

/**
 * The Báo cáo sơ kết / tổng kết built from the demo's records: the structure of forms.md with the result tables
 * before "Phương hướng", the ranking by score, figures as they stood on the review's date, and its check.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewReportTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.ofHours(7));
    @TempDir
    static Path temp;
    private AppContext app;

    @BeforeAll
    void demo() {
        app = AppContext.open(new DataFolder(temp.resolve("data")), TODAY);
        app.sampleData().fill(SampleSize.SMALL, Progress.NONE);
    }

    @AfterAll
    void close() {
        app.close();
    }

    @Test
    void bothReportsFollowTheFormWithTheResultTablesBeforeTheDirection() throws Exception {
        for (String id : List.of("midtermReview", "yearEndReview")) {
            Document report = build(id);
            DocumentWriter writer = new DocumentWriter();
            for (String text : List.of(flat(RenderedFiles.pdfText(writer.render(report, DocumentFormat.PDF))),
                    flat(RenderedFiles.docxText(writer.render(report, DocumentFormat.DOCX))))) {
                assertInOrder(id, text, "BÁO CÁO", "I. ĐẶC ĐIỂM, TÌNH HÌNH", "II. KẾT QUẢ THỰC HIỆN", "Kết quả thực hiện các chỉ tiêu thi đua",
                        "Quân số tham gia huấn luyện", "Kết quả chấm điểm, xếp loại thi đua", "Hạng", "Tổng điểm",
                        "điển hình tiên tiến", "Công tác khen thưởng", "III. ĐÁNH GIÁ CHUNG", "1. Ưu điểm",
                        "2. Hạn chế, khuyết điểm và nguyên nhân", "3. Bài học kinh nghiệm", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ", "V. KIẾN NGHỊ, ĐỀ XUẤT",
                        "Nơi nhận:");
            }
        }
    }

    @Test
    void theReportIsDatedAndNumberedFromThePlansReviewNotFromToday() throws Exception {
        String midterm = flat(RenderedFiles.docxText(new DocumentWriter().render(build("midtermReview"), DocumentFormat.DOCX)));
        assertThat(midterm).contains("Số: 01/BC-TrĐ19", "Hà Tĩnh, ngày 10 tháng 7 năm 2026", "Sơ kết phong trào Thi đua Quyết thắng 6 tháng đầu năm 2026",
                "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026").doesNotContain("29 tháng 11");
        String yearEnd = flat(RenderedFiles.docxText(new DocumentWriter().render(build("yearEndReview"), DocumentFormat.DOCX)));
        assertThat(yearEnd).contains("Số: 02/BC-TrĐ19", "Hà Tĩnh, ngày 18 tháng 12 năm 2026", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027");
    }

    @Test
    void theRankingIsSortedByScoreAndTheFiguresAreThoseOfTheReviewsDay() {
        for (String id : List.of("midtermReview", "yearEndReview")) {
            List<Table> rankings = build(id).blocks().stream().filter(b -> b instanceof Table t && text(t.rows().getFirst().getFirst()).equals("Hạng"))
                    .map(b -> (Table) b).toList();
            assertThat(rankings).as(id).isNotEmpty();
            for (Table ranking : rankings) {
                List<Double> totals = new ArrayList<>();
                for (List<Cell> row : ranking.rows().subList(ranking.headerRows(), ranking.rows().size())) {
                    totals.add(Double.parseDouble(text(row.get(2)).replace(".", "").replace(',', '.')));
                }
                assertThat(totals).as(id).hasSizeGreaterThan(1).isSortedAccordingTo((a, b) -> Double.compare(b, a));
            }
        }
        // The initiatives target had 4 on 30/6 and 7 on 30/9: the sơ kết of 10/7 reports 4 and tomorrow still will.
        String midterm = blocksText(build("midtermReview"));
        assertThat(midterm).contains("Sáng kiến").doesNotContain("Số 01/QĐ-TrĐ19");
        String yearEnd = blocksText(build("yearEndReview"));
        assertThat(yearEnd).contains("Số 01/QĐ-TrĐ19 ngày 26/11/2026");
        assertThat(cellAfter(build("midtermReview"), "Sáng kiến")).isEqualTo("4");
        assertThat(cellAfter(build("yearEndReview"), "Sáng kiến")).isEqualTo("7");
    }

    @Test
    void aReviewDatedBeforeItsPlanIsAContradictionAndAReviewOutsideTheYearIsRefused() {
        Plan plan = app.plan().plans().planOfYear(2026).orElseThrow();
        assertThat(app.documentServices().contradictions()).isEmpty();
        try {
            app.plan().plans().savePlan(new Plan(plan.id(), plan.year(), plan.programmeId(), plan.title(), plan.theme(), plan.motto(), plan.goals(),
                    plan.number(), plan.issuedOn(), plan.registrationDue(), new Plan.Review(LocalDate.of(2026, 1, 1), "01/BC-TrĐ19",
                    plan.midterm().lessons(), plan.midterm().recommendations()), plan.yearEnd()));
            List<Contradiction> found = app.documentServices().contradictions();
            assertThat(found).extracting(Contradiction::messageKey).containsExactly("review.check.beforePlan");
            assertThat(app.messages().get(found.getFirst().messageKey(), found.getFirst().argArray()))
                    .isEqualTo("Báo cáo sơ kết năm 2026 ngày 01/01/2026, trước Kế hoạch số 01/KH-TrĐ19 ngày 02/01/2026 mà báo cáo đánh giá.");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.plan().plans().savePlan(new Plan(plan.id(), plan.year(), plan.programmeId(),
                            plan.title(), plan.theme(), plan.motto(), plan.goals(), plan.number(), plan.issuedOn(), plan.registrationDue(),
                            new Plan.Review(LocalDate.of(2027, 1, 1), null), plan.yearEnd())))
                    .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).messageKey()).isEqualTo("plan.error.midtermOutsideYear");
            assertThat(app.plan().plans().planOfYear(2026).orElseThrow().midterm().date()).isEqualTo(LocalDate.of(2026, 1, 1));
        } finally {
            app.plan().plans().savePlan(plan);
        }
    }

    @Test
    void theOfficersLessonsArePrintedAsBulletsAndTheRecommendationsAsParagraphsInBothFormats() throws Exception {
        Plan plan = app.plan().plans().planOfYear(2026).orElseThrow();
        assertThat(plan.yearEnd().lessonLines()).hasSize(3);
        assertThat(plan.yearEnd().recommendationParagraphs()).hasSize(2);
        Document report = build("yearEndReview");

        int lessonsHeading = indexOfParagraph(report, "3. Bài học kinh nghiệm");
        assertThat(report.blocks().get(lessonsHeading + 1)).isInstanceOfSatisfying(vn.tdkt.doc.ListBlock.class, list -> {
            assertThat(list.numbered()).isFalse();
            assertThat(list.items()).extracting(item -> item.stream().map(Run::text).reduce("", String::concat))
                    .containsExactlyElementsOf(plan.yearEnd().lessonLines());
        });
        int recommendationsHeading = indexOfParagraph(report, "V. KIẾN NGHỊ, ĐỀ XUẤT");
        assertThat(report.blocks().subList(recommendationsHeading + 1, recommendationsHeading + 3))
                .extracting(b -> ((vn.tdkt.doc.Paragraph) b).text()).containsExactlyElementsOf(plan.yearEnd().recommendationParagraphs());

        DocumentWriter writer = new DocumentWriter();
        for (String text : List.of(flat(RenderedFiles.pdfText(writer.render(report, DocumentFormat.PDF))),
                flat(RenderedFiles.docxText(writer.render(report, DocumentFormat.DOCX))))) {
            List<String> parts = new ArrayList<>();
            parts.add("3. Bài học kinh nghiệm");
            parts.addAll(plan.yearEnd().lessonLines());
            parts.add("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ");
            parts.add("V. KIẾN NGHỊ, ĐỀ XUẤT");
            parts.addAll(plan.yearEnd().recommendationParagraphs());
            parts.add("Nơi nhận:");
            assertInOrder("yearEndReview", text, parts.toArray(String[]::new));
            // The typed words replace the standing wording; they are not printed beside it.
            assertThat(text).doesNotContain("Cấp ủy, chỉ huy các cấp lãnh đạo, chỉ đạo phong trào thi đua sát với nhiệm vụ chính trị",
                    "tiếp tục quan tâm chỉ đạo, hướng dẫn");
        }
        assertThat(flat(RenderedFiles.docxText(writer.render(build("midtermReview"), DocumentFormat.DOCX))))
                .contains(plan.midterm().lessonLines().getFirst(), plan.midterm().recommendationParagraphs().getFirst());
    }

    @Test
    void aReviewWithoutLessonsOrRecommendationsIsNamedByTheCheckAndItsDraftLeavesTheSectionsOut() throws Exception {
        Plan plan = app.plan().plans().planOfYear(2026).orElseThrow();
        try {
            app.plan().plans().savePlan(new Plan(plan.id(), plan.year(), plan.programmeId(), plan.title(), plan.theme(), plan.motto(), plan.goals(),
                    plan.number(), plan.issuedOn(), plan.registrationDue(), plan.midterm(),
                    new Plan.Review(plan.yearEnd().date(), plan.yearEnd().number(), " \n ", null)));
            List<Contradiction> found = app.documentServices().contradictions();
            assertThat(found).extracting(c -> app.messages().get(c.messageKey(), c.argArray())).containsExactly(
                    "Báo cáo tổng kết năm 2026: chưa có bài học kinh nghiệm (nhập ở trang Kế hoạch thi đua, cạnh ngày tổng kết).",
                    "Báo cáo tổng kết năm 2026: chưa có kiến nghị, đề xuất (nhập ở trang Kế hoạch thi đua, cạnh ngày tổng kết).");

            // The Văn bản page refuses to preview, save or issue it, naming what is missing.
            vn.tdkt.ui.RecordingDialogs dialogs = new vn.tdkt.ui.RecordingDialogs(app.messages());
            vn.tdkt.documents.ui.DocumentsViewModel page = new vn.tdkt.documents.ui.DocumentsViewModel(new vn.tdkt.ui.UiContext(app.messages(),
                    new vn.tdkt.ui.ImmediateTaskRunner(dialogs), dialogs), app.documentServices());
            FormSource yearEnd = app.forms().stream().filter(f -> f.id().equals("yearEndReview")).findFirst().orElseThrow();
            java.util.concurrent.atomic.AtomicReference<Object> opened = new java.util.concurrent.atomic.AtomicReference<>();
            page.preview(yearEnd, yearEnd.records().get().getFirst(), opened::set);
            assertThat(opened.get()).isNull();
            assertThat(dialogs.errors()).singleElement().asString().contains("Báo cáo tổng kết năm 2026: chưa có bài học kinh nghiệm",
                    "Báo cáo tổng kết năm 2026: chưa có kiến nghị, đề xuất");

            // The draft still renders, without an empty heading.
            Document draft = build("yearEndReview");
            String text = flat(RenderedFiles.docxText(new DocumentWriter().render(draft, DocumentFormat.DOCX)));
            assertThat(text).contains("2. Hạn chế, khuyết điểm và nguyên nhân", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027", "Nơi nhận:")
                    .doesNotContain("Bài học kinh nghiệm", "KIẾN NGHỊ, ĐỀ XUẤT");
            assertThat(flat(RenderedFiles.pdfText(new DocumentWriter().render(draft, DocumentFormat.PDF))))
                    .doesNotContain("Bài học kinh nghiệm", "KIẾN NGHỊ, ĐỀ XUẤT");
        } finally {
            app.plan().plans().savePlan(plan);
        }
        assertThat(app.documentServices().contradictions()).isEmpty();
    }

    private static int indexOfParagraph(Document document, String text) {
        for (int i = 0; i < document.blocks().size(); i++) {
            if (document.blocks().get(i) instanceof vn.tdkt.doc.Paragraph p && p.text().equals(text)) {
                return i;
            }
        }
        throw new AssertionError("no paragraph " + text);
    }

    private Document build(String formId) {
        FormSource form = app.forms().stream().filter(f -> f.id().equals(formId)).findFirst().orElseThrow();
        List<FormSource.Choice> records = form.records().get();
        assertThat(records).as(formId).hasSize(1);
        return form.build().apply(records.getFirst().id());
    }

    /** The text of the cell two to the right of the first row whose second cell starts with {@code rowStart}: the target's result. */
    private static String cellAfter(Document document, String rowStart) {
        for (Block block : document.blocks()) {
            if (block instanceof Table table) {
                for (List<Cell> row : table.rows()) {
                    if (row.size() == 5 && text(row.get(1)).startsWith(rowStart)) {
                        return text(row.get(3));
                    }
                }
            }
        }
        throw new AssertionError("no target row " + rowStart);
    }

    private static String blocksText(Document document) {
        StringBuilder text = new StringBuilder();
        for (Block block : document.blocks()) {
            if (block instanceof vn.tdkt.doc.Paragraph p) {
                text.append(p.text()).append('\n');
            } else if (block instanceof Table t) {
                t.rows().forEach(row -> row.forEach(cell -> text.append(text(cell)).append(' ')));
            }
        }
        return text.toString();
    }

    private static String text(Cell cell) {
        return cell.runs().stream().map(Run::text).reduce("", String::concat);
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void assertInOrder(String id, String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as(id + ": \"" + part + "\" after position " + from).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }
}
