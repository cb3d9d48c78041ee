package vn.tdkt.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.RenderedFiles;

/** Evidence stored once by hash and checked whole; the dossier PDF with the evidence appended as pages. */
class EvidenceAndDossierTest {
    @TempDir
    Path dir;
    private ExemplarFixture f;
    private final Messages vi = new Messages(java.util.Locale.forLanguageTag("vi"));

    @BeforeEach
    void open() {
        f = new ExemplarFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSameFileTwiceIsStoredOnce() {
        Exemplar a = f.discoverHung();
        Exemplar b = f.exemplars.discover(Discovery.ofUnit(f.company.id(), "Huấn luyện", "Đơn vị huấn luyện giỏi", "Ban Tham mưu", f.today(), List.of()));
        byte[] photo = SampleEvidence.photo(640, 480, "Hội thao", 3);
        Evidence first = f.exemplars.attach(a.id(), "hoi-thao.jpg", photo, "Hội thao 2026", f.today());
        Evidence second = f.exemplars.attach(b.id(), "ban-sao.jpg", photo.clone(), null, null);
        assertThat(second.sha256()).isEqualTo(first.sha256()).hasSize(64);
        Long stored = f.app.database().tableCounts().get("attachment");
        assertThat(stored).isEqualTo(1L);
        assertThat(f.app.database().tableCounts().get("exemplar_evidence")).isEqualTo(2L);
        assertThat(f.exemplars.content(second)).isEqualTo(photo);
        assertThat(f.exemplars.thumbnail(first)).isNotNull().hasSizeLessThan(photo.length);
    }

    @Test
    void aFileAboveTheLimitIsRefusedWithItsSizeAndNothingIsStored() throws Exception {
        Exemplar e = f.discoverHung();
        f.exemplars.saveSettings(new ExemplarSettings(90, 1, 3, ExemplarSettings.TraitList.ARMY));
        byte[] big = SampleEvidence.photo(2400, 1600, "Lớn", 5);
        assertThat(big.length).isGreaterThan(1024 * 1024);
        Path file = dir.resolve("anh-lon.jpg");
        Files.write(file, big);
        assertThatThrownBy(() -> f.exemplars.attach(e.id(), file, null, null))
                .satisfies(x -> assertThat(text(x)).startsWith("Tệp anh-lon.jpg nặng ").contains("vượt giới hạn 1 MB."));
        assertThat(f.app.database().tableCounts().get("attachment")).isZero();
        assertThat(f.exemplars.dossier(e.id()).evidence()).isEmpty();
    }

    @Test
    void truncatedUnsupportedAndBrokenFilesAreRefusedWithAReason() throws Exception {
        Exemplar e = f.discoverHung();
        byte[] photo = SampleEvidence.photo(640, 480, "Ảnh", 9);
        byte[] truncated = Arrays.copyOf(photo, photo.length * 2 / 3);
        assertThatThrownBy(() -> f.exemplars.attach(e.id(), "cat-do.jpg", truncated, null, null))
                .satisfies(x -> assertThat(text(x)).isEqualTo("Tệp cat-do.jpg bị hỏng hoặc không đầy đủ (có thể chép dở), không đính kèm. Hãy chép lại tệp gốc."));
        assertThatThrownBy(() -> f.exemplars.attach(e.id(), "bao-cao.docx", "PK\u0003\u0004 not a picture".getBytes(), null, null))
                .satisfies(x -> assertThat(text(x)).contains("không phải ảnh JPEG, PNG hay tệp PDF"));
        assertThatThrownBy(() -> f.exemplars.attach(e.id(), "hong.pdf", "%PDF-1.7\n1 0 obj garbage".getBytes(), null, null))
                .extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.evidence.error.broken");
        byte[] png = png(200, 100);
        assertThatThrownBy(() -> f.exemplars.attach(e.id(), "cut.png", Arrays.copyOf(png, png.length / 2), null, null))
                .extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.evidence.error.broken");
        assertThatThrownBy(() -> f.exemplars.attach(e.id(), dir.resolve("khong-co.jpg"), null, null))
                .extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.evidence.error.notFound");
        assertThat(f.app.database().tableCounts().get("attachment")).isZero();
        Evidence ok = f.exemplars.attach(e.id(), "so-do.png", png, "Sơ đồ", null);
        assertThat(ok.mediaType()).isEqualTo("image/png");
    }

    @Test
    void theDossierPdfHasTheEvidencePagesAppended() throws Exception {
        Exemplar e = f.discoverHung();
        f.exemplars.move(e.id(), Stage.NURTURING, f.today(), "Kế hoạch bồi dưỡng");
        f.exemplars.setMentor(e.id(), f.mentor.id());
        f.exemplars.putTarget(e.id(), 2026, "Chiến sĩ thi đua cơ sở");
        f.exemplars.addCheck(e.id(), f.today(), "Bắn đạt giỏi", "Tốt", "Kèm cặp chiến sĩ mới");
        f.exemplars.attach(e.id(), "anh-1.jpg", SampleEvidence.photo(1200, 800, "Một", 1), "Ảnh huấn luyện", f.today());
        f.exemplars.attach(e.id(), "anh-2.png", png(300, 600), "Sơ đồ", null);
        DocumentWriter writer = new DocumentWriter();
        byte[] twoPagePdf = writer.render(vn.tdkt.doc.DocumentBuilder.create("Giấy khen", "x").paragraph("Trang một")
                .add(new vn.tdkt.doc.PageBreak()).paragraph("Trang hai").build(), DocumentFormat.PDF);
        f.exemplars.attach(e.id(), "giay-khen.pdf", twoPagePdf, "Giấy khen", null);

        ExemplarDocuments documents = f.app.exemplars().documents();
        int dossierPages = RenderedFiles.pdfPages(writer.render(documents.dossier(e.id()), DocumentFormat.PDF));
        Path out = dir.resolve("out/ho-so.pdf");
        documents.writeDossierPdf(e.id(), out);

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(dossierPages + 2 + 2);
            assertThat(images(pdf.getPage(dossierPages))).isEqualTo(1);
            assertThat(images(pdf.getPage(dossierPages + 1))).isEqualTo(1);
            assertThat(pdf.getPage(dossierPages).getMediaBox().getWidth()).as("a landscape photo gets a landscape page").isGreaterThan(pdf.getPage(dossierPages).getMediaBox().getHeight());
        }
        byte[] bytes = Files.readAllBytes(out);
        String text = RenderedFiles.pdfText(bytes);
        assertThat(text).contains("HỒ SƠ ĐIỂN HÌNH TIÊN TIẾN", "Nguyễn Văn Hùng", "Lê Đức Thắng", "Chiến sĩ thi đua cơ sở", "Bắn đạt giỏi",
                "Ảnh huấn luyện", "Trang một", "Trang hai");
        assertThat(RenderedFiles.pdfPageText(bytes, dossierPages + 3)).contains("Trang một");
    }

    @Test
    void theListAndTheAchievementReportComeFromTheRecords() throws Exception {
        Exemplar e = f.discoverHung();
        f.exemplars.move(e.id(), Stage.NURTURING, f.today(), null);
        f.exemplars.putTarget(e.id(), 2026, "Chiến sĩ thi đua cơ sở");
        f.exemplars.addCheck(e.id(), f.today(), "Bắn súng AK bài 1 đạt giỏi", null, null);
        f.exemplars.saveSummary(e.id(), "Ba năm liền hoàn thành xuất sắc nhiệm vụ.", f.today());
        f.exemplars.discover(Discovery.ofUnit(f.company.id(), "Tăng gia sản xuất", "Rau xanh", "Ban Hậu cần", f.today(), List.of()));
        ExemplarDocuments documents = f.app.exemplars().documents();
        DocumentWriter writer = new DocumentWriter();

        String list = RenderedFiles.docxText(writer.render(documents.list(), DocumentFormat.DOCX));
        assertThat(list).contains("DANH SÁCH", "Đại đội 1 (2 điển hình)", "Nguyễn Văn Hùng", "Huấn luyện", "Bồi dưỡng", "Tăng gia sản xuất", "Phát hiện",
                "Tổng số: 2 điển hình");

        String report = RenderedFiles.pdfText(writer.render(documents.report(e.id()), DocumentFormat.PDF));
        assertThat(report).contains("BÁO CÁO THÀNH TÍCH", "ĐỀ NGHỊ TẶNG DANH HIỆU CHIẾN SĨ THI ĐUA CƠ SỞ", "Nguyễn Văn Hùng", "02/03/1998",
                "Thượng sĩ, Tiểu đội trưởng, Đảng viên", "Ba năm liền hoàn thành xuất sắc nhiệm vụ.", "Bắn súng AK bài 1 đạt giỏi");

        List<Path> files = documents.writeAll(e.id(), dir.resolve("xuat"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactly("Ho-so-DHTT-Nguyen-Van-Hung.pdf", "Ho-so-DHTT-Nguyen-Van-Hung.docx", "Bao-cao-thanh-tich-Nguyen-Van-Hung-TrD19.docx");
        assertThat(RenderedFiles.docxText(Files.readAllBytes(files.get(1)))).contains("HỒ SƠ ĐIỂN HÌNH TIÊN TIẾN", "Bắn súng AK bài 1 đạt giỏi");
    }

    /** A clerk printing the hồ sơ, the báo cáo and the list tomorrow gets the date of the last check, not the day printed. */
    @Test
    void theDocumentsAreDatedFromTheRecordsNotTheDayPrinted() throws Exception {
        Exemplar e = f.discoverHung();
        f.exemplars.move(e.id(), Stage.NURTURING, f.today().minusDays(5), null);
        java.time.LocalDate checked = f.today().minusDays(2);
        f.exemplars.addCheck(e.id(), checked, "Bắn súng AK bài 1 đạt giỏi", null, null);
        ExemplarDocuments documents = f.app.exemplars().documents();
        for (int day = 0; day < 2; day++) {
            for (vn.tdkt.doc.Document document : List.of(documents.dossier(e.id()), documents.report(e.id()), documents.list())) {
                assertThat(headerDate(document)).as(document.title()).isEqualTo(checked);
            }
            f.clock.advanceDays(1);
        }
        String list = RenderedFiles.docxText(new DocumentWriter().render(documents.list(), DocumentFormat.DOCX));
        assertThat(list).contains(vn.tdkt.core.VietnameseDates.inWords(checked));
    }

    private static java.time.LocalDate headerDate(vn.tdkt.doc.Document document) {
        return document.blocks().stream().filter(b -> b instanceof vn.tdkt.doc.DecreeHeader).map(b -> ((vn.tdkt.doc.DecreeHeader) b).date())
                .findFirst().orElseThrow();
    }

    private static int images(PDPage page) throws Exception {
        int count = 0;
        for (var name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                count++;
            }
        }
        return count;
    }

    private static byte[] png(int width, int height) throws Exception {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            for (int y = 0; y < height; y++) {
                image.setRGB(x, y, (x * 7 + y * 13) * 2654435 & 0xFFFFFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private String text(Throwable x) {
        AppException e = (AppException) x;
        return vi.get(e.messageKey(), e.args());
    }
}
