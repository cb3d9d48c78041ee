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
                    .contains("To-trinh-khen-thuong-" + java.time.LocalDate.now().getYear() + "-TrD19.docx")
                    .allSatisfy(name -> assertThat(name).matches("[A-Za-z0-9.-]+\\.(docx|pdf)"));
        }
        // The sample plan's own documents: the plan replaces the sample plan form; the registration summary and two pledges join.
        assertThat(lines.length).isEqualTo(2 * (vn.tdkt.doc.forms.StandardForms.all().size() + 3));
        assertThat(docs.resolve("Tong-hop-dang-ky-thi-dua-" + java.time.LocalDate.now().getYear() + "-TrD19.pdf")).isRegularFile();
        assertThat(docs.resolve("Giao-uoc-thi-dua-2-" + java.time.LocalDate.now().getYear() + "-TrD19.docx")).isRegularFile();
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
