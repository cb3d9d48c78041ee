package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.exemplar.SampleEvidence;

/** Scripted intake end to end: the sample models listed, a photo attached, the dossier written with it appended. */
class ExemplarsCommandTest {
    @TempDir
    Path dir;
    private final vn.tdkt.FolderCommands cli = new vn.tdkt.FolderCommands(() -> dir.resolve("data"));

    @Test
    void listAttachAndWriteTheDossier() throws Exception {
        assertThat(cli.run("demo", "--size", "small")).isZero();
        assertThat(cli.run("exemplars", "list")).isZero();
        assertThat(cli.out()).contains("Tổng: 12 điển hình.", "  replicated  ", "[hồ sơ hoàn chỉnh]");
        assertThat(cli.run("exemplars", "list", "--stalled")).isZero();
        assertThat(cli.out().lines().filter(l -> l.contains("  ")).toList()).isNotEmpty().allMatch(l -> l.contains("quá hạn") || l.contains("lâu chưa kiểm tra"));
        assertThat(cli.run("exemplars", "list", "--stage", "nurturing")).isZero();
        String id = cli.out().lines().findFirst().orElseThrow().split(" ")[0];
        assertThat(cli.out().lines().filter(l -> l.contains("  ")).toList()).allMatch(l -> l.contains("  nurturing  "));

        Path photo = dir.resolve("anh hội thao.jpg");
        Files.write(photo, SampleEvidence.photo(800, 600, "Hội thao", 4));
        assertThat(cli.run("exemplars", "attach", id, photo.toString(), "--caption", "Hội thao quân sự")).isZero();
        assertThat(cli.out()).startsWith("Đã đính kèm anh hội thao.jpg (SHA-256 ");
        Path cut = dir.resolve("cat.jpg");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(photo), 5000));
        assertThat(cli.run("exemplars", "attach", id, cut.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("Tệp cat.jpg bị hỏng hoặc không đầy đủ");

        Path pdf = dir.resolve("ho-so.pdf");
        assertThat(cli.run("exemplars", "dossier", id, "--out", pdf.toString())).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(vn.tdkt.doc.RenderedFiles.pdfText(Files.readAllBytes(pdf))).contains("HỒ SƠ ĐIỂN HÌNH TIÊN TIẾN", "Hội thao quân sự");
        assertThat(cli.run("exemplars", "list", "--stage", "giai-doan")).isEqualTo(2);
    }
}
