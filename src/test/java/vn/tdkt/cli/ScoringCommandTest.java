package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.doc.RenderedFiles;

/** The scoring command on the demo: sets listed, the year's four documents written, an unknown period refused in one sentence. */
class ScoringCommandTest {
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

    @Test
    void setsAndTheYearReportFromTheDemo() throws Exception {
        assertThat(run("demo", "--size", "small")).isZero();
        assertThat(run("scoring", "sets")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("(MẪU – cần điều chỉnh cho đơn vị) · phiên bản 1 · 16 tiêu chí · 100 điểm cơ bản");
        assertThat(run("scoring", "periods")).isZero();
        String year = out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("Năm ")).findFirst().orElseThrow().split(" ")[0];
        Path docs = dir.resolve("văn bản");
        assertThat(run("scoring", "report", "--period", year, "--out", docs.toString())).isZero();
        try (var files = Files.list(docs)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).hasSize(8)
                    .anyMatch(n -> n.startsWith("Bao-cao-ket-qua-cham-diem-") && n.endsWith(".pdf"))
                    .anyMatch(n -> n.startsWith("Bang-cham-diem-") && n.endsWith(".docx"));
        }
        Path report;
        try (var files = Files.list(docs)) {
            report = files.filter(p -> p.getFileName().toString().startsWith("Bao-cao-ket-qua-cham-diem-") && p.toString().endsWith(".pdf")).findFirst().orElseThrow();
        }
        assertThat(RenderedFiles.pdfText(Files.readAllBytes(report)).replaceAll("\\s+", " ")).contains("KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG", "tính từ");

        assertThat(run("scoring", "report", "--period", "không-có", "--out", docs.toString())).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không tìm thấy kỳ chấm điểm có mã không-có.");
    }
}
