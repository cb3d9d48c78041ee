package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.doc.RenderedFiles;

/** The scoring command on the demo: sets listed, the year's four documents written, an unknown period refused in one sentence. */
class ScoringCommandTest {
    @TempDir
    Path dir;
    private final vn.tdkt.FolderCommands cli = new vn.tdkt.FolderCommands(() -> dir.resolve("data"));

    @Test
    void setsAndTheYearReportFromTheDemo() throws Exception {
        assertThat(cli.run("demo", "--size", "small")).isZero();
        assertThat(cli.run("scoring", "sets")).isZero();
        assertThat(cli.out()).contains("(MẪU – cần điều chỉnh cho đơn vị) · phiên bản 1 · 16 tiêu chí · 100 điểm cơ bản");
        assertThat(cli.run("scoring", "periods")).isZero();
        String year = cli.out().lines().filter(l -> l.contains("Năm ")).findFirst().orElseThrow().split(" ")[0];
        Path docs = dir.resolve("văn bản");
        assertThat(cli.run("scoring", "report", "--period", year, "--out", docs.toString())).isZero();
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

        assertThat(cli.run("scoring", "report", "--period", "không-có", "--out", docs.toString())).isNotZero();
        assertThat(cli.err()).contains("Không tìm thấy kỳ chấm điểm có mã không-có.");
    }
}
