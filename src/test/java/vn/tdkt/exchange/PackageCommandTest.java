package vn.tdkt.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.CommandLine;

/** {@code package export|verify|import|list} as the officer types them. */
class PackageCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return CommandLine.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args)
                .orElseThrow();
    }

    private String printed() {
        return out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void exportVerifyImportAndList() throws Exception {
        String fingerprint;
        try (Echelon regiment = Echelon.regiment(dir.resolve("a"), "TrD19")) {
            fingerprint = regiment.fingerprint();
        }
        Path file = dir.resolve("usb/TrD19.tdkt");
        Path a = dir.resolve("a");
        Path d = dir.resolve("d");

        assertThat(run("--data", a.toString(), "package", "export", "--kind", "snapshot", "--subject", "TrD19", "--out", file.toString()))
                .isEqualTo(0);
        assertThat(printed()).contains("Có thể rút USB").contains("không đặt mật khẩu");

        assertThat(run("--data", d.toString(), "package", "verify", file.toString())).isEqualTo(0);
        assertThat(printed()).contains("✓ Chữ ký Ed25519 đúng", "✓ Mã kiểm tra SHA-256 khớp", "HỢP LỆ", fingerprint);

        Map<String, byte[]> entries = new LinkedHashMap<>(Packages.entries(file));
        entries.put("data/people.json", "{\"people\":[]}".getBytes(StandardCharsets.UTF_8));
        Path tampered = dir.resolve("usb/tampered.tdkt");
        Packages.write(tampered, entries);
        assertThat(run("--data", d.toString(), "package", "verify", tampered.toString())).isEqualTo(1);
        assertThat(printed()).contains("✗ Gói đã bị sửa: nội dung mục \"data/people.json\"", "KHÔNG HỢP LỆ");

        assertThat(run("--data", d.toString(), "package", "import", file.toString())).isEqualTo(1);
        assertThat(printed()).contains("Lần đầu nhận gói", fingerprint);
        assertThat(run("--data", d.toString(), "package", "import", file.toString(), "--trust-fingerprint", fingerprint)).isEqualTo(0);
        assertThat(printed()).contains("Đã nhập gói của Trung đoàn 19");
        assertThat(run("--data", d.toString(), "package", "import", file.toString())).isEqualTo(0);
        assertThat(printed()).contains("không có gì thay đổi");

        assertThat(run("--data", d.toString(), "package", "list")).isEqualTo(0);
        assertThat(printed()).contains("TrD19", "snapshot", "#1", fingerprint);
    }

    @Test
    void aPasswordFileProtectsTheExport() throws Exception {
        try (Echelon regiment = Echelon.regiment(dir.resolve("a"), "TrD19")) {
            regiment.fingerprint();
        }
        Path secret = Files.writeString(dir.resolve("pw.txt"), "Mật khẩu dài của trung đoàn\n");
        Path file = dir.resolve("TrD19.tdkt");
        assertThat(run("--data", dir.resolve("a").toString(), "package", "export", "--kind", "snapshot", "--subject", "TrD19",
                "--out", file.toString(), "--password-file", secret.toString())).isEqualTo(0);
        assertThat(printed()).doesNotContain("không đặt mật khẩu");
        assertThat(run("--data", dir.resolve("d").toString(), "package", "verify", file.toString())).isEqualTo(1);
        assertThat(printed()).contains("Gói này có mật khẩu");
        assertThat(run("--data", dir.resolve("d").toString(), "package", "verify", file.toString(), "--password-file", secret.toString()))
                .isEqualTo(0);
        assertThat(printed()).contains("✓ Giải mã bằng mật khẩu");
    }

    @Test
    void onTheDemoModelsAreListedByStageAndTheRankingSpansOwnAndReceivedBlocks() throws Exception {
        Path demo = dir.resolve("demo");
        assertThat(run("--data", demo.toString(), "demo", "--size", "small")).isEqualTo(0);
        assertThat(run("--data", demo.toString(), "package", "models")).isEqualTo(0);
        assertThat(printed()).contains("Phát hiện", "của đơn vị mình");

        assertThat(run("--data", demo.toString(), "package", "ranking")).isEqualTo(0);
        String periods = printed();
        assertThat(periods).contains("Các kỳ có điểm: ");
        String newestMonth = periods.substring(periods.indexOf(": ") + 2).split(",")[0].strip();
        assertThat(newestMonth).matches("\\d{1,2}/\\d{4}");
        assertThat(run("--data", demo.toString(), "package", "ranking", "--period", newestMonth)).isEqualTo(0);
        assertThat(printed()).contains("Bộ tiêu chí ", "1. ", "Đại đội 5", "Đại đội 6", "— Trung đoàn 21 (mẫu))")
                .doesNotContain("khác nhau");

        Path ranking = dir.resolve("xep hạng.xlsx");
        assertThat(run("--data", demo.toString(), "package", "ranking", "--period", newestMonth, "--out", ranking.toString())).isEqualTo(0);
        String rankingCells = cells(ranking);
        assertThat(rankingCells).contains("XẾP HẠNG CÁC ĐƠN VỊ TRONG CÁC KHỐI THI ĐUA — Tháng " + newestMonth, "Hạng", "Điểm cơ bản",
                "Đại đội 5", "Đại đội 6", "Từ Trung đoàn 21 (mẫu), nhận lúc", "Đơn vị mình");
        Path models = dir.resolve("dien-hinh.xlsx");
        assertThat(run("--data", demo.toString(), "package", "models", "--out", models.toString())).isEqualTo(0);
        assertThat(cells(models)).contains("Giai đoạn", "Phát hiện", "Đơn vị mình");

        assertThat(run("--data", demo.toString(), "package", "list")).isEqualTo(0);
        String proposal = printed().lines().filter(l -> l.contains("  proposal  ")).findFirst().orElseThrow().split("  ")[0];
        assertThat(run("--data", demo.toString(), "package", "documents", proposal)).isEqualTo(0);
        assertThat(printed()).contains("To-trinh-khen-thuong-07-TTr-TrD21.pdf  pdf", "Bien-ban-hop-Hoi-dong-TDKT-05-BB-TrD21.pdf  pdf");
        Path letter = dir.resolve("tờ trình.docx");
        assertThat(run("--data", demo.toString(), "package", "documents", proposal, "--save", "To-trinh-khen-thuong-07-TTr-TrD21.docx",
                "--out", letter.toString())).isEqualTo(0);
        try (org.apache.poi.xwpf.usermodel.XWPFDocument word = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(letter));
             org.apache.poi.xwpf.extractor.XWPFWordExtractor text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
            assertThat(text.getText()).contains("TRUNG ĐOÀN 21 (MẪU)", "TỜ TRÌNH", "07/TTr-TrĐ21", "Hoàng Minh Khôi", "Đơn vị quyết thắng");
        }

        assertThat(run("--data", demo.toString(), "package", "ranking", "--period", "1/1999")).isEqualTo(1);
        assertThat(printed()).contains("Chưa có khối nào được chấm điểm Tháng 1/1999");
        assertThat(run("--data", demo.toString(), "package", "ranking", "--period", "13/2026")).isEqualTo(2);
    }

    /** Every cell's text of an .xlsx, read back with POI. */
    private static String cells(Path file) throws Exception {
        StringBuilder text = new StringBuilder();
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(file.toFile())) {
            org.apache.poi.ss.usermodel.DataFormatter format = new org.apache.poi.ss.usermodel.DataFormatter();
            workbook.getSheetAt(0).forEach(row -> row.forEach(cell -> text.append(format.formatCellValue(cell)).append('|')));
        }
        return text.toString();
    }

    @Test
    void helpNamesTheKindsAndWhatSubjectIs() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(printed()).contains("package export --kind snapshot|dossier|proposal|decisions --subject MÃ", "snapshot = toàn bộ cây đơn vị",
                "dossier = hồ sơ một điển hình tiên tiến", "proposal = một Tờ trình đề nghị khen thưởng", "SUBJECT là mã Tờ trình",
                "decisions = các Quyết định khen thưởng gửi xuống", "package subjects LOẠI");
    }
}
