package vn.tdkt.award.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.award.Decision;
import vn.tdkt.award.Vote;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Progress;
import vn.tdkt.doc.Align;
import vn.tdkt.doc.PaperSize;

/** Certificates of the demo's decision written to real PDFs and read back with PDFBox. */
class CertificatesTest {
    private static final double MM = 72 / 25.4;
    @TempDir
    static Path folder;
    private static CertificateFixture f;
    @TempDir
    Path dir;

    /** One demo folder for the class: making it is most of the time, and each test reads what it saves itself. */
    @BeforeAll
    static void open() {
        f = new CertificateFixture(folder);
    }

    @AfterAll
    static void close() {
        f.close();
    }

    @Test
    void theFullDesignIsA4LandscapeWithTheRecordsWordsAndA3ForABangKhen() throws Exception {
        Decision decision = f.decision();
        Path out = dir.resolve("design.pdf");
        assertThat(f.service.writeDesign(decision, out, Progress.NONE)).isEqualTo(decision.awardees().size());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(decision.awardees().size());
            PDRectangle a4 = pdf.getPage(0).getMediaBox();
            assertThat(a4.getWidth()).isCloseTo((float) (297 * MM), within(0.1f));
            assertThat(a4.getHeight()).isCloseTo((float) (210 * MM), within(0.1f));
            assertThat(pdf.getDocumentCatalog().getViewerPreferences().getPrintScaling()).isEqualTo("None");
        }
        Vote first = decision.awardees().getFirst().vote();
        List<String> words = PdfText.page(out, 1).stream().map(PdfText::text).toList();
        assertThat(words).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "TẶNG DANH HIỆU", "CHIẾN SĨ THI ĐUA CƠ SỞ",
                first.name(), "Số sổ vàng: " + decision.awardees().getFirst().goldBookNumber());
        assertThat(words).anyMatch(line -> line.startsWith("Quyết định số " + decision.decision().number() + ", ngày "));

        Path a3 = dir.resolve("bang-khen.pdf");
        f.service.writeDesign(withAward(decision, "Bằng khen của Bộ trưởng Bộ Quốc phòng"), a3, Progress.NONE);
        try (PDDocument pdf = Loader.loadPDF(a3.toFile())) {
            PDRectangle box = pdf.getPage(0).getMediaBox();
            assertThat(box.getWidth()).isCloseTo((float) (420 * MM), within(0.1f));
            assertThat(box.getHeight()).isCloseTo((float) (297 * MM), within(0.1f));
        }
        assertThat(PdfText.page(a3, 1).stream().map(PdfText::text)).contains("TẶNG", "BẰNG KHEN CỦA BỘ TRƯỞNG BỘ QUỐC PHÒNG");
    }

    @Test
    void onABlankEveryFieldPrintsWhereTheLayoutAndThePrinterOffsetPutIt() throws Exception {
        BlankLayout layout = f.service.layout("giay-khen");
        f.service.save(new PrinterOffset("HP LaserJet", 2.5, -1.5));
        PrinterOffset offset = f.service.offset("HP LaserJet");
        Path out = dir.resolve("blank.pdf");
        f.service.writeOnBlanks(f.decision(), layout, offset, out, Progress.NONE);

        Certificate certificate = f.service.certificates(f.decision()).getFirst();
        List<PdfText> lines = PdfText.page(out, 1);
        assertThat(lines.stream().map(PdfText::text)).doesNotContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        for (FieldBox box : layout.fields()) {
            String text = certificate.line(box.field());
            TextFit.Fitted fitted = TextFit.fit(text, box);
            PdfText printed = PdfText.find(lines, fitted.lines().getFirst());
            double left = (box.xMm() + 2.5) * MM;
            double top = (box.yMm() - 1.5) * MM;
            double expectedX = switch (box.align()) {
                case CENTER -> left + (box.widthMm() * MM - fitted.widths().getFirst()) / 2;
                case RIGHT -> left + box.widthMm() * MM - fitted.widths().getFirst();
                default -> left;
            };
            assertThat(printed.x()).as(box.field() + " x").isCloseTo(expectedX, within(0.3));
            assertThat(printed.baseline()).as(box.field() + " baseline inside its box")
                    .isGreaterThan(top).isLessThan(top + box.heightMm() * MM);
            assertThat(printed.size()).as(box.field() + " size").isCloseTo(fitted.size(), within(0.01));
        }
        PdfText name = PdfText.find(lines, certificate.line(CertificateField.NAME));
        FieldBox nameBox = layout.field(CertificateField.NAME).orElseThrow();
        assertThat(name.size()).isEqualTo(nameBox.fontSize());
        assertThat(name.x()).isEqualTo(placed(nameBox, certificate, offset).x(0), within(0.3));
        assertThat(name.baseline()).isEqualTo(placed(nameBox, certificate, offset).baseline(0), within(0.3));
    }

    @Test
    void aLongNameShrinksToFitItsBoxThenWrapsAndTooLongIsRefusedWithoutAFile() throws Exception {
        BlankLayout layout = f.service.layout("giay-khen");
        FieldBox box = layout.field(CertificateField.NAME).orElseThrow();
        String longName = "Tiểu đoàn Huấn luyện Cơ động Đặc biệt số Một, Trung đoàn Bộ binh Cơ giới";
        Path out = dir.resolve("long.pdf");
        f.service.writeOnBlanks(withName(f.decision(), longName), layout, PrinterOffset.none(), out, Progress.NONE);
        PdfText printed = PdfText.find(PdfText.page(out, 1), longName);
        double width = TextFit.width(longName, box, printed.size());
        assertThat(printed.size()).isLessThan(box.fontSize()).isGreaterThanOrEqualTo(box.minFontSize());
        assertThat(printed.x()).isGreaterThanOrEqualTo(box.xMm() * MM - 0.3);
        assertThat(printed.x() + width).isLessThanOrEqualTo((box.xMm() + box.widthMm()) * MM + 0.3);

        FieldBox narrow = new FieldBox(CertificateField.NAME, 50, 90, 90, 20, 22, 16, true, false, Align.CENTER);
        TextFit.Fitted wrapped = TextFit.fit(longName, narrow);
        assertThat(wrapped.lines()).hasSizeGreaterThan(1);
        assertThat(wrapped.size()).isGreaterThanOrEqualTo(16);
        assertThat(wrapped.widths()).allMatch(w -> w <= 90 * MM + 0.01);
        assertThat(String.join(" ", wrapped.lines())).isEqualTo(longName);

        BlankLayout tight = layout.withFields(List.of(new FieldBox(CertificateField.NAME, 50, 90, 40, 8, 22, 16, true, false, Align.CENTER)));
        Path refused = dir.resolve("refused.pdf");
        assertThatThrownBy(() -> f.service.writeOnBlanks(withName(f.decision(), longName), tight, PrinterOffset.none(), refused, Progress.NONE))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(f.app.messages().describe(e))
                        .contains("dài quá ô \"Họ tên\"").contains("16 pt"));
        assertThat(refused).doesNotExist();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void theCalibrationPageHasTheRulerAndEveryFieldBoxMovedByTheOffset() throws Exception {
        BlankLayout layout = f.service.layout("bang-khen");
        Path out = dir.resolve("calibration.pdf");
        f.service.writeCalibration(layout, new PrinterOffset("", 3, 4), field -> f.app.messages().get(field.labelKey()), List.of("Trang căn chỉnh"), out);
        List<PdfText> lines = PdfText.page(out, 1);
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo((float) (420 * MM), within(0.1f));
        }
        for (int mark = 10; mark <= 410; mark += 10) {
            String label = Integer.toString(mark);
            double x = mark * MM + 0.7;
            assertThat(lines).as("ruler mark " + mark).anyMatch(line -> line.text().equals(label) && Math.abs(line.x() - x) < 0.3);
        }
        for (FieldBox box : layout.fields()) {
            PdfText label = PdfText.find(lines, f.app.messages().get(box.field().labelKey()));
            assertThat(label.x()).isCloseTo((box.xMm() + 3) * MM + 1.5, within(0.3));
            assertThat(label.baseline()).isCloseTo((box.yMm() + 4) * MM + 7.5, within(0.3));
        }
    }

    @Test
    void layoutsAndOffsetsAreSavedAndReadBack() {
        BlankLayout layout = f.service.layout("giay-khen");
        List<FieldBox> moved = new ArrayList<>(layout.fields());
        FieldBox name = layout.field(CertificateField.NAME).orElseThrow();
        moved.replaceAll(box -> box == name ? box.movedTo(61.5, 88.25) : box);
        f.service.save(layout.withFields(moved).withBackground(new byte[] {1, 2, 3}));
        BlankLayout read = f.service.layout("giay-khen");
        assertThat(read.field(CertificateField.NAME).orElseThrow()).isEqualTo(name.movedTo(61.5, 88.25));
        assertThat(read.background()).containsExactly(1, 2, 3);
        assertThat(f.app.audit().history("certificate_layout", layout.id())).isNotEmpty();
        assertThat(f.service.offset("never calibrated")).isEqualTo(new PrinterOffset("never calibrated", 0, 0));
        assertThatThrownBy(() -> f.service.layout("khong-co")).isInstanceOfSatisfying(AppException.class,
                e -> assertThat(f.app.messages().describe(e)).contains("Không có mẫu phôi \"khong-co\"").contains("giay-khen"));
        assertThat(CertificateTexts.paperFor("Bằng khen của Thủ tướng Chính phủ")).isEqualTo(PaperSize.A3);
        assertThat(CertificateTexts.paperFor("Giấy khen")).isEqualTo(PaperSize.A4);
    }

    private static PlacedLines placed(FieldBox box, Certificate certificate, PrinterOffset offset) {
        return PlacedLines.of(box, TextFit.fit(certificate.line(box.field()), box), offset);
    }

    private static Decision withAward(Decision decision, String award) {
        return rewrite(decision, vote -> new Vote(vote.id(), vote.personId(), vote.name(), vote.rank(), vote.positionAndUnit(), vote.collective(),
                award, vote.votes(), vote.passed(), vote.summary()));
    }

    private static Decision withName(Decision decision, String name) {
        return rewrite(decision, vote -> new Vote(vote.id(), vote.personId(), name, vote.rank(), vote.positionAndUnit(), vote.collective(),
                vote.award(), vote.votes(), vote.passed(), vote.summary()));
    }

    private static Decision rewrite(Decision decision, java.util.function.UnaryOperator<Vote> change) {
        return new Decision(decision.id(), decision.decision(), decision.proposalId(), decision.award(), decision.achievement(), decision.fund(),
                decision.executor(), decision.awardees().stream().map(a -> new Decision.Awardee(change.apply(a.vote()), a.goldBookNumber(),
                        a.bonusMultiple())).toList());
    }
}
