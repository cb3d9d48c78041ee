package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return vn.tdkt.CommandLine.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), all).orElseThrow();
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void listAttachAndWriteTheDossier() throws Exception {
        assertThat(run("demo", "--size", "small")).isZero();
        assertThat(run("exemplars", "list")).isZero();
        assertThat(out()).contains("Tổng: 12 điển hình.", "  replicated  ", "[hồ sơ hoàn chỉnh]");
        assertThat(run("exemplars", "list", "--stalled")).isZero();
        assertThat(out().lines().filter(l -> l.contains("  ")).toList()).isNotEmpty().allMatch(l -> l.contains("quá hạn") || l.contains("lâu chưa kiểm tra"));
        assertThat(run("exemplars", "list", "--stage", "nurturing")).isZero();
        String id = out().lines().findFirst().orElseThrow().split(" ")[0];
        assertThat(out().lines().filter(l -> l.contains("  ")).toList()).allMatch(l -> l.contains("  nurturing  "));

        Path photo = dir.resolve("anh hội thao.jpg");
        Files.write(photo, SampleEvidence.photo(800, 600, "Hội thao", 4));
        assertThat(run("exemplars", "attach", id, photo.toString(), "--caption", "Hội thao quân sự")).isZero();
        assertThat(out()).startsWith("Đã đính kèm anh hội thao.jpg (SHA-256 ");
        Path cut = dir.resolve("cat.jpg");
        Files.write(cut, Arrays.copyOf(Files.readAllBytes(photo), 5000));
        assertThat(run("exemplars", "attach", id, cut.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Tệp cat.jpg bị hỏng hoặc không đầy đủ");

        Path pdf = dir.resolve("ho-so.pdf");
        assertThat(run("exemplars", "dossier", id, "--out", pdf.toString())).isZero();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
        }
        assertThat(vn.tdkt.doc.RenderedFiles.pdfText(Files.readAllBytes(pdf))).contains("HỒ SƠ ĐIỂN HÌNH TIÊN TIẾN", "Hội thao quân sự");
        assertThat(run("exemplars", "list", "--stage", "giai-doan")).isEqualTo(2);
    }
}
