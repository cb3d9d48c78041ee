package vn.tdkt.exemplar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.RenderedFiles;

/** The danh sách as the page writes it: a .pdf and a .docx that open and hold every model with its stage. */
class ExemplarListFilesTest {
    @TempDir
    Path dir;
    private ExemplarFixture f;

    @BeforeEach
    void open() {
        f = new ExemplarFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theListIsWrittenAsPdfAndWordNamedByYear() throws Exception {
        Exemplar hung = f.discoverHung();
        f.exemplars.move(hung.id(), Stage.NURTURING, f.today(), null);
        f.exemplars.discover(Discovery.ofUnit(f.company.id(), "Tăng gia sản xuất", "Rau xanh quanh năm", "Ban Hậu cần", f.today(), List.of()));

        List<Path> files = new ExemplarListFiles(f.app.exemplars(), new DocumentWriter()).write(dir.resolve("usb"));

        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("Danh-sach-DHTT-2026.pdf", "Danh-sach-DHTT-2026.docx");
        String pdf = RenderedFiles.pdfText(Files.readAllBytes(files.get(0)));
        String docx = RenderedFiles.docxText(Files.readAllBytes(files.get(1)));
        for (String text : List.of(pdf, docx)) {
            assertThat(text).contains("DANH SÁCH", "Nguyễn Văn Hùng", "Bồi dưỡng", "Đại đội 1", "Tăng gia sản xuất", "Phát hiện", "Tổng số: 2 điển hình");
        }
        try (var listing = Files.list(dir.resolve("usb"))) {
            assertThat(listing.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactlyInAnyOrder(
                    "Danh-sach-DHTT-2026.pdf", "Danh-sach-DHTT-2026.docx");
        }
    }
}
