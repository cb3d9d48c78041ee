package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code docs render} end to end on a real data folder, including the two ways it must refuse. */
class DocsCommandTest {
    @TempDir
    Path temp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return vn.tdkt.CommandLine.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args).orElseThrow();
    }

    @Test
    void refusesWithoutLetterheadNamingTheMissingFields() throws Exception {
        Path data = temp.resolve("data");
        Path docs = temp.resolve("docs");
        assertThat(run("--data", data.toString(), "docs", "render", "--out", docs.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Chưa khai báo thông tin đơn vị", "Tên đơn vị", "Ký hiệu đơn vị", "Địa danh");
        assertThat(docs).doesNotExist();
    }

    @Test
    void writesEveryFormAsDocxAndPdfOneLineEach() throws Exception {
        Path data = temp.resolve("data");
        Path docs = temp.resolve("docs");
        assertThat(run("--data", data.toString(), "demo")).isZero();
        out.reset();
        assertThat(run("--data", data.toString(), "docs", "render", "--out", docs.toString())).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\\R");
        try (Stream<Path> files = Files.list(docs)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList())
                    .hasSize(lines.length)
                    .contains("To-trinh-khen-thuong-01-TTr-TrD19.docx", "Quyet-dinh-khen-thuong-01-QD-TrD19.pdf",
                            "Bien-ban-hop-Hoi-dong-TDKT-01-BB-TrD19.pdf", "Ke-hoach-thi-dua-2026.pdf", "Tong-hop-dang-ky-thi-dua-2026.docx",
                            "Giao-uoc-thi-dua-2026-2.docx")
                    .allSatisfy(name -> assertThat(name).matches("[A-Za-z0-9.-]+\\.(docx|pdf)"));
        }
    }

    @Test
    void checkFindsNoContradictionInTheDemo() {
        Path data = temp.resolve("data");
        run("--data", data.toString(), "demo");
        out.reset();
        assertThat(run("--data", data.toString(), "docs", "check")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Không có mâu thuẫn nào giữa các văn bản.");
    }

    @Test
    void checkNamesAContradictionAndFails() {
        Path data = temp.resolve("data");
        run("--data", data.toString(), "demo");
        try (vn.tdkt.AppContext app = vn.tdkt.AppContext.open(new vn.tdkt.db.DataFolder(data), java.time.Clock.systemDefaultZone())) {
            vn.tdkt.award.Proposal proposal = app.dossiers().proposals().getFirst();
            app.dossiers().decide(proposal.date().minusDays(1), new vn.tdkt.award.Decision(null, null, proposal.id(), "Giấy khen", "xuất sắc",
                    "quỹ thi đua", "Chủ nhiệm Chính trị", java.util.List.of()));
        }
        out.reset();
        assertThat(run("--data", data.toString(), "docs", "check")).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("đề ngày trước Tờ trình số 02/TTr-TrĐ19",
                "Có 1 mâu thuẫn cần sửa trước khi ban hành.");
    }

    @Test
    void anUnwritableOutputFolderGivesAClearErrorAndNoFile() throws Exception {
        Path data = temp.resolve("data");
        run("--data", data.toString(), "demo");
        Path blocked = Files.writeString(temp.resolve("not-a-folder"), "x");
        err.reset();
        assertThat(run("--data", data.toString(), "docs", "render", "--out", blocked.resolve("docs").toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Không ghi được tệp");
        try (Stream<Path> left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).containsExactlyInAnyOrder("data", "not-a-folder");
        }
    }
}
