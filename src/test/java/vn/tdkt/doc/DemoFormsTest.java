package vn.tdkt.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.settings.LegalDocument;

/**
 * Every form, rendered from each record of the demo's data folder, read back as a clerk reads a dossier: the
 * same pages in our PDF and in the .docx as LibreOffice lays it out, the signature never opening a page, no
 * table row split, the grounds punctuated as Decree 30 wants and equal to the legal register, and no document
 * citing one dated after itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoFormsTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.ofHours(7));
    private static final Pattern DATE_IN_WORDS = Pattern.compile("ngày (\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})");
    private static final Pattern SHORT_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/(\\d{4})\\b");

    /**
     * The forms held to the same pages in both renderers: every form. (The báo cáo thành tích's discipline commitment
     * is a bold body line, not a heading: kept with "III." and its table as a heading, it made a chain that Word and our
     * PDF move whole and LibreOffice splits at a page foot.)
     */
    private static final java.util.Set<String> SAME_PAGES = java.util.Set.of("minutes", "proposal", "decision", "personalReport",
            "collectiveReport", "plan", "registrations", "pledge", "midtermReview", "yearEndReview", "scoringRanking", "scoringSummary",
            "scoringSheet", "scoringSheetPerUnit", "scoringReport", "exemplarDossier", "exemplarList", "exemplarReport");
    /** A document cited by its number and date ("Tờ trình số 01/TTr-TrĐ19 ngày 23 tháng 11 năm 2026"). */
    private static final Pattern CITATION = Pattern.compile("số [^\\s,;]+,? ngày (?:(\\d{1,2}) tháng (\\d{1,2}) năm (\\d{4})|(\\d{1,2})/(\\d{1,2})/(\\d{4}))");

    @TempDir
    static Path temp;
    private AppContext app;
    private final List<Rendered> rendered = new ArrayList<>();

    /** One form filled from one record, in both formats. */
    private record Rendered(String formId, String name, Document document, byte[] pdf, byte[] docx) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void renderEveryFormFromTheDemo() {
        app = AppContext.open(new DataFolder(temp.resolve("data")), TODAY);
        app.sampleData().fill(SampleSize.SMALL, vn.tdkt.core.Progress.NONE);
        DocumentWriter writer = new DocumentWriter();
        for (FormSource form : app.forms()) {
            List<FormSource.Choice> records = form.records().get();
            assertThat(records).as("the demo has a record for " + form.id()).isNotEmpty();
            for (FormSource.Choice record : records) {
                Document document = form.build().apply(record.id());
                rendered.add(new Rendered(form.id(), form.fileName(record), document, writer.render(document, DocumentFormat.PDF),
                        writer.render(document, DocumentFormat.DOCX)));
            }
        }
    }

    @AfterAll
    void close() {
        app.close();
    }

    @Test
    void theDemoDossierHasNoContradiction() {
        assertThat(app.documentServices().contradictions()).isEmpty();
    }

    @Test
    void everyFormCarriesTheHeaderTheSameWordsInBothFilesAndIsPdfA() throws Exception {
        assertThat(rendered).extracting(Rendered::name).contains("To-trinh-khen-thuong-01-TTr-TrD19", "Quyet-dinh-khen-thuong-01-QD-TrD19",
                "Bien-ban-hop-Hoi-dong-TDKT-01-BB-TrD19", "Ke-hoach-thi-dua-2026", "Tong-hop-dang-ky-thi-dua-2026");
        for (Rendered form : rendered) {
            String pdfText = RenderedFiles.pdfText(form.pdf());
            String docxText = RenderedFiles.docxText(form.docx());
            for (String text : List.of(pdfText, docxText)) {
                assertThat(text).as(form.name()).contains("SƯ ĐOÀN 399", "TRUNG ĐOÀN 19", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                        "Độc lập - Tự do - Hạnh phúc", "Hà Tĩnh, ngày ").doesNotContain("Số:        /");
            }
            if (SAME_PAGES.contains(form.formId())) {
                assertThat(new java.util.TreeSet<>(RenderedFiles.words(pdfText))).as(form.name())
                        .isEqualTo(new java.util.TreeSet<>(RenderedFiles.words(docxText)));
            }
            assertThat(RenderedFiles.pdfaFailures(form.pdf())).as(form.name()).isEmpty();
        }
    }

    @Test
    void theChainsNumbersAndDatesComeFromTheRecords() throws Exception {
        String minutes = RenderedFiles.docxText(form("Bien-ban-hop-Hoi-dong-TDKT-01-BB-TrD19").docx());
        String proposal = RenderedFiles.docxText(form("To-trinh-khen-thuong-01-TTr-TrD19").docx());
        String decision = RenderedFiles.docxText(form("Quyet-dinh-khen-thuong-01-QD-TrD19").docx());
        assertThat(minutes).contains("Số: 01/BB-TrĐ19", "Hà Tĩnh, ngày 20 tháng 11 năm 2026", "Không đạt");
        assertThat(proposal).contains("Số: 01/TTr-TrĐ19", "Hà Tĩnh, ngày 23 tháng 11 năm 2026",
                "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng Trung đoàn 19 số 01/BB-TrĐ19 ngày 20 tháng 11 năm 2026.",
                "cho 2 cá nhân đã có thành tích", "I. CÁ NHÂN");
        assertThat(proposal).as("a list of people only has no empty TẬP THỂ part").doesNotContain("tập thể", "TẬP THỂ", "II. CÁ NHÂN");
        assertThat(decision).contains("Số: 01/QĐ-TrĐ19", "Hà Tĩnh, ngày 26 tháng 11 năm 2026",
                "tại Tờ trình số 01/TTr-TrĐ19 ngày 23 tháng 11 năm 2026.", "2.530.000", "5.060.000");
        String rejected = app.dossiers().meetings().getFirst().votes().stream().filter(v -> !v.passed()).findFirst().orElseThrow().name();
        assertThat(proposal).doesNotContain(rejected);
        assertThat(decision).doesNotContain(rejected);
        String plan = RenderedFiles.docxText(form("Ke-hoach-thi-dua-2026").docx());
        assertThat(plan).contains("Số: 01/KH-TrĐ19", "Hà Tĩnh, ngày 02 tháng 01 năm 2026",
                "trước ngày 15 tháng 01 năm 2026");
    }

    /** The man who signs as the regiment's commander or Chính ủy is the one the roster holds in that post. */
    @Test
    void eachPostIsOnePersonAcrossTheDemo() {
        var letterhead = app.settings().letterheadForDocuments();
        var regiment = app.roster().search(vn.tdkt.org.RosterQuery.ALL).stream().filter(e -> e.unitName().equals(letterhead.unitName()))
                .map(e -> e.person().details()).toList();
        assertThat(regiment).filteredOn(d -> letterhead.commissarTitle().equals(d.position()))
                .extracting(d -> d.rank() + " " + d.fullName()).containsExactly(letterhead.commissarRank() + " " + letterhead.commissarName());
        assertThat(regiment).filteredOn(d -> letterhead.commanderTitle().equals(d.position()))
                .extracting(d -> d.rank() + " " + d.fullName()).containsExactly(letterhead.commanderRank() + " " + letterhead.commanderName());
    }

    @Test
    void groundsEndWithSemicolonsTheLastWithAFullStopAndEqualTheRegisterInForce() {
        int withGrounds = 0;
        for (Rendered form : rendered) {
            List<String> grounds = form.document().blocks().stream().filter(b -> b instanceof Paragraph p && p.style() == ParagraphStyle.BASIS)
                    .map(b -> ((Paragraph) b).text()).toList();
            if (grounds.isEmpty()) {
                continue;
            }
            withGrounds++;
            for (int i = 0; i < grounds.size(); i++) {
                assertThat(grounds.get(i)).as(form.name()).endsWith(i == grounds.size() - 1 ? "." : ";");
            }
            List<String> expected = app.legalRegister().groundsOn(date(form.document())).stream()
                    .map(d -> "Căn cứ " + d.citation() + ";").toList();
            assertThat(expected).hasSize(3);
            assertThat(grounds.subList(0, expected.size())).as(form.name()).isEqualTo(expected);
            assertThat(grounds.get(1)).isEqualTo("Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết "
                    + "và hướng dẫn thi hành Luật Thi đua, khen thưởng;");
        }
        assertThat(withGrounds).as("the demo's two Tờ trình and two Quyết định cite grounds").isEqualTo(4);
    }

    /** The grounds and every document cited by number and date (a plan's own schedule may of course lie ahead). */
    @Test
    void noDocumentCitesOneDatedAfterItself() {
        int citations = 0;
        for (Rendered form : rendered) {
            LocalDate own = date(form.document());
            for (Block block : form.document().blocks()) {
                if (block instanceof Paragraph paragraph) {
                    List<LocalDate> cited = paragraph.style() == ParagraphStyle.BASIS ? dates(paragraph.text()) : citations(paragraph.text());
                    citations += cited.size();
                    for (LocalDate date : cited) {
                        assertThat(date).as(form.name() + ": " + paragraph.text()).isBeforeOrEqualTo(own);
                    }
                }
            }
        }
        assertThat(citations).as("the grounds and the chain's citations were read").isGreaterThan(8);
    }

    @Test
    void changingADateInTheLegalRegisterChangesEveryFormCitingIt() {
        LegalDocument decree = app.legalRegister().documents().stream().filter(d -> d.number().equals("152/2025/NĐ-CP")).findFirst().orElseThrow();
        LegalDocument circular = app.legalRegister().documents().stream().filter(d -> d.number().equals("118/2023/TT-BQP")).findFirst().orElseThrow();
        app.legalRegister().save(new LegalDocument(decree.id(), decree.kind(), decree.number(), decree.issuer(), LocalDate.of(2025, 6, 13),
                decree.title(), decree.inForceFrom(), decree.inForceUntil(), decree.cited(), decree.sortOrder()));
        // The circular ends before the decision is signed: the decision no longer cites it, the Tờ trình still does.
        app.legalRegister().save(new LegalDocument(circular.id(), circular.kind(), circular.number(), circular.issuer(), circular.signedOn(),
                circular.title(), circular.inForceFrom(), LocalDate.of(2026, 11, 24), circular.cited(), circular.sortOrder()));
        try {
            for (FormSource form : app.forms()) {
                for (FormSource.Choice record : form.records().get()) {
                    String text = form.build().apply(record.id()).blocks().stream().filter(b -> b instanceof Paragraph)
                            .map(b -> ((Paragraph) b).text()).reduce("", (a, b) -> a + "\n" + b);
                    assertThat(text).doesNotContain("ngày 14 tháng 6 năm 2025");
                    if (form.id().equals("proposal")) {
                        assertThat(text).contains("Nghị định số 152/2025/NĐ-CP ngày 13 tháng 6 năm 2025", "Thông tư số 118/2023/TT-BQP");
                    }
                    if (form.id().equals("decision")) {
                        assertThat(text).contains("Nghị định số 152/2025/NĐ-CP ngày 13 tháng 6 năm 2025").doesNotContain("118/2023/TT-BQP");
                    }
                }
            }
        } finally {
            app.legalRegister().save(decree);
            app.legalRegister().save(circular);
        }
    }

    @Test
    void docxIsAVietnameseWordDocumentWithNamedStylesAndTheKeepRules() throws Exception {
        try (XWPFDocument docx = new XWPFDocument(new java.io.ByteArrayInputStream(form("Quyet-dinh-khen-thuong-01-QD-TrD19").docx()))) {
            String styles = docx.getStyles().getCtStyles().xmlText();
            assertThat(styles).contains("w:lang w:val=\"vi-VN\"", "w:widowControl", "w:keepNext", "w:keepLines")
                    .contains("w:name w:val=\"Căn cứ\"", "w:name w:val=\"Body Text\"", "w:name w:val=\"Nơi nhận\"", "w:name w:val=\"Chữ ký\"",
                            "w:name w:val=\"Tên loại văn bản\"");
            String settings = docx.getRelations().stream().filter(p -> p instanceof org.apache.poi.xwpf.usermodel.XWPFSettings)
                    .map(p -> ((org.apache.poi.xwpf.usermodel.XWPFSettings) p).getCTSettings().xmlText()).findFirst().orElseThrow();
            assertThat(settings).contains("compatibilityMode", "w:val=\"15\"", "w:themeFontLang w:val=\"vi-VN\"");
            String body = docx.getDocument().xmlText();
            assertThat(body).contains("w:gutter=\"0\"", "w:cantSplit", "w:tblHeader");
        }
    }

    @Test
    void pdfAndLibreOfficesDocxHaveTheSamePagesNoLoneSignatureAndNoSplitRow() throws Exception {
        LibreOffice.requireInstalled();
        Path folder = Files.createDirectories(temp.resolve("docx"));
        List<Path> files = new ArrayList<>();
        List<Rendered> compared = rendered.stream().filter(r -> SAME_PAGES.contains(r.formId())).toList();
        for (int i = 0; i < compared.size(); i++) {
            // Numbered: two records may share a name (the demo has two "Trung đội 3" models).
            files.add(Files.write(folder.resolve(i + "-" + compared.get(i).name() + ".docx"), compared.get(i).docx()));
        }
        List<Path> converted = LibreOffice.toPdf(files, Files.createDirectories(temp.resolve("lo")));
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            Rendered form = compared.get(i);
            byte[] office = Files.readAllBytes(converted.get(i));
            List<String> ours = RenderedFiles.pdfFirstLines(form.pdf());
            List<String> theirs = RenderedFiles.pdfFirstLines(office);
            if (!samePageStarts(ours, theirs)) {
                problems.add(form.name() + ": first lines of the pages differ\n  PDF:         " + ours + "\n  LibreOffice: " + theirs);
            }
            for (var file : List.of(java.util.Map.entry("PDF", form.pdf()), java.util.Map.entry("LibreOffice", office))) {
                problems.addAll(loneSignatures(form, file.getKey(), RenderedFiles.pdfFirstLines(file.getValue())));
                problems.addAll(splitRows(form, file.getKey(), RenderedFiles.pdfPagesInDrawingOrder(file.getValue())));
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * Each page begins with the same text in both: the first lines are equal, or one is the other cut short where
     * its reader wrapped the line a word earlier (a list's indent differs by a few points between the two).
     */
    private static boolean samePageStarts(List<String> ours, List<String> theirs) {
        if (ours.size() != theirs.size()) {
            return false;
        }
        for (int page = 0; page < ours.size(); page++) {
            String a = ours.get(page);
            String b = theirs.get(page);
            if (!a.equals(b) && (a.isEmpty() || b.isEmpty() || !(a.startsWith(b) || b.startsWith(a)))) {
                return false;
            }
        }
        return true;
    }

    /** A page whose first line belongs to the closing: "Nơi nhận:", a signer's title or name. */
    private static List<String> loneSignatures(Rendered form, String reader, List<String> firstLines) {
        List<String> closing = new ArrayList<>();
        for (Block block : form.document().blocks()) {
            if (block instanceof Closing end) {
                closing.add(Closing.RECIPIENTS_LABEL);
                end.signatures().forEach(s -> {
                    closing.add(s.titleLine());
                    if (!s.name().isEmpty()) {
                        closing.add(s.name());
                    }
                });
            }
        }
        List<String> found = new ArrayList<>();
        for (int page = 1; page < firstLines.size(); page++) {
            String first = firstLines.get(page);
            // A title wraps ("THỦ TRƯỞNG ĐƠN VỊ XÁC / NHẬN, ĐỀ NGHỊ") and stands beside another: compare the first words.
            if (closing.stream().map(text -> text.substring(0, Math.min(12, text.length()))).anyMatch(first::startsWith)) {
                found.add(form.name() + " (" + reader + "): page " + (page + 1) + " opens with the closing: " + first);
            }
        }
        return found;
    }

    /** A body row of more than one line whose cell text is not whole on any one page. */
    private static List<String> splitRows(Rendered form, String reader, List<String> pages) {
        List<String> squeezed = pages.stream().map(p -> p.replaceAll("\\s+", "")).toList();
        List<String> found = new ArrayList<>();
        for (Block block : form.document().blocks()) {
            if (block instanceof Table table) {
                for (List<Cell> row : table.rows().subList(table.headerRows(), table.rows().size())) {
                    for (Cell cell : row) {
                        String text = cell.runs().stream().map(Run::text).reduce("", String::concat).replaceAll("\\s+", "");
                        if (text.length() > 30 && squeezed.stream().noneMatch(page -> page.contains(text))) {
                            found.add(form.name() + " (" + reader + "): the row of \"" + text + "\" is split across pages");
                        }
                    }
                }
            }
        }
        return found;
    }

    private Rendered form(String name) {
        return rendered.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    private static LocalDate date(Document document) {
        return document.blocks().stream().filter(b -> b instanceof DecreeHeader).map(b -> ((DecreeHeader) b).date()).findFirst().orElseThrow();
    }

    private static List<LocalDate> citations(String text) {
        List<LocalDate> dates = new ArrayList<>();
        Matcher matcher = CITATION.matcher(text);
        while (matcher.find()) {
            int g = matcher.group(1) != null ? 1 : 4;
            dates.add(LocalDate.of(Integer.parseInt(matcher.group(g + 2)), Integer.parseInt(matcher.group(g + 1)), Integer.parseInt(matcher.group(g))));
        }
        return dates;
    }

    private static List<LocalDate> dates(String text) {
        List<LocalDate> dates = new ArrayList<>();
        for (Pattern pattern : List.of(DATE_IN_WORDS, SHORT_DATE)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                dates.add(LocalDate.of(Integer.parseInt(matcher.group(3)), Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))));
            }
        }
        return dates;
    }
}
