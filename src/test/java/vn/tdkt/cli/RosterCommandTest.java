package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RosterCommandTest {
    @TempDir
    Path dir;
    private final vn.tdkt.FolderCommands cli = new vn.tdkt.FolderCommands(() -> dir.resolve("data"));

    private Path roster(String... names) throws Exception {
        Path file = dir.resolve("ds.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Ngày sinh");
            for (int i = 0; i < names.length; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(names[i]);
                row.createCell(1).setCellValue(i == 0 ? "05/12/1990" : "không rõ");
            }
            workbook.write(stream);
        }
        return file;
    }

    @Test
    void importsIntoTheUnitGivenByCodeAndReportsRejections() throws Exception {
        assertThat(cli.run("demo", "--size", "small")).isZero();
        assertThat(cli.run("units", "list")).isZero();
        assertThat(cli.out()).contains("TrD19  Trung đoàn 19", "    c1  Đại đội 1");
        Path file = roster("Đinh Văn Lực", "Tạ Văn Toàn");

        assertThat(cli.run("roster", "import", file.toString())).isEqualTo(1);
        assertThat(cli.err()).contains("không có cột đơn vị");

        assertThat(cli.run("roster", "import", file.toString(), "--unit", "c1", "--dry-run")).isZero();
        assertThat(cli.out()).contains("Dòng 3, cột \"Ngày sinh\" (giá trị \"không rõ\")", "sẽ thêm 1, cập nhật 0, từ chối 1");

        assertThat(cli.run("roster", "import", file.toString(), "--unit", "c1")).isZero();
        assertThat(cli.out()).contains("thêm 1, cập nhật 0, từ chối 1");

        assertThat(cli.run("roster", "import", roster("", "Tạ Văn Toàn").toString(), "--unit", "c1")).isEqualTo(1);
        assertThat(cli.run("roster", "import", file.toString(), "--unit", "zz9")).isEqualTo(2);

        assertThat(cli.run("roster", "export", dir.resolve("ra.xlsx").toString(), "--unit", "c1")).isZero();
        assertThat(cli.out()).contains("ra.xlsx");
        assertThat(dir.resolve("ra.xlsx")).isNotEmptyFile();
    }

    @Test
    void aDoubtfulRowIsNamedAndNotImported() throws Exception {
        assertThat(cli.run("demo", "--size", "small")).isZero();
        assertThat(cli.run("roster", "import", roster("Đinh Văn Lực").toString(), "--unit", "c1")).isZero();
        Path sameNameNoBirth = dir.resolve("lai.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream stream = Files.newOutputStream(sameNameNoBirth)) {
            Row header = workbook.createSheet().createRow(0);
            header.createCell(0).setCellValue("Họ và tên");
            header.createCell(1).setCellValue("Cấp bậc");
            Row row = workbook.getSheetAt(0).createRow(1);
            row.createCell(0).setCellValue("Đinh Văn Lực");
            row.createCell(1).setCellValue("Hạ sĩ");
            workbook.write(stream);
        }

        assertThat(cli.run("roster", "import", sameNameNoBirth.toString(), "--unit", "c2")).isZero();

        assertThat(cli.out()).contains("Cần xem lại dòng 2 \"Đinh Văn Lực\": đã có người cùng họ tên", "Đinh Văn Lực (Đại đội 1)",
                "thêm 0, cập nhật 0, từ chối 0", "1 dòng cần xem lại chưa được nhập");
        assertThat(cli.run("roster", "export", dir.resolve("ra.xlsx").toString(), "--unit", "c2")).isZero();
        assertThat(cli.run("units", "list")).isZero();
    }

    @Test
    void sampleDataIsRefusedOnceAUnitExistsEvenWithoutALetterhead() {
        try (vn.tdkt.AppContext app = vn.tdkt.AppContext.open(new vn.tdkt.db.DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone())) {
            app.units().add(null, "c9", "Đại đội 9", null, "Đại đội");
        }

        assertThat(cli.run("demo")).isEqualTo(1);

        assertThat(cli.err()).contains("đã có dữ liệu");
        assertThat(cli.run("units", "list")).isZero();
        assertThat(cli.out().strip()).isEqualTo("c9  Đại đội 9");
    }
}
