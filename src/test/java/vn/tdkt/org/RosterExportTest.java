package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;

class RosterExportTest {
    @TempDir
    Path dir;

    @Test
    void exportThenImportIntoAnotherDataFolderGivesTheSameRoster() throws Exception {
        Path file = dir.resolve("quan-so.xlsx");
        List<String> original;
        List<Unit> units;
        try (AppContext source = AppContext.open(new DataFolder(dir.resolve("a")), OrgFixture.CLOCK)) {
            source.sampleData().fill(SampleSize.SMALL, Progress.NONE);
            List<RosterEntry> entries = source.roster().search(RosterQuery.ALL);
            new RosterExporter(Messages.vietnamese()).write(file, entries, Progress.NONE);
            original = describe(entries);
            units = source.units().tree().stream().map(UnitNode::unit).toList();
        }
        try (AppContext target = AppContext.open(new DataFolder(dir.resolve("b")), OrgFixture.CLOCK)) {
            target.units().addAll(units);
            RosterImporter importer = target.rosterImporter();
            ImportSource read = importer.read(file);
            ImportPreview preview = importer.preview(read, read.suggested(), null, Progress.NONE);
            assertThat(preview.rejections()).isEmpty();
            assertThat(importer.apply(preview, Progress.NONE).added()).isEqualTo(original.size());
            assertThat(describe(target.roster().search(RosterQuery.ALL))).containsExactlyElementsOf(original);

            ImportPreview again = importer.preview(importer.read(file), read.suggested(), null, Progress.NONE);
            assertThat(again.additions()).isEmpty();
            assertThat(again.updates()).hasSize(original.size());
        }
    }

    private static List<String> describe(List<RosterEntry> entries) {
        return entries.stream().map(e -> e.unitCode() + " " + e.person().details()).toList();
    }

    @Test
    void theWorkbookHasAFrozenHeaderRealDatesAndWidths() throws Exception {
        Path file = dir.resolve("export.xlsx");
        try (OrgFixture org = new OrgFixture(dir)) {
            org.app.roster().add(org.company1.id(), new PersonDetails("Nguyễn Văn Hùng", Gender.MALE,
                    RosterDates.parse("05/12/1990").orElseThrow(), "Hà Tĩnh", "Trung úy", "Trung đội trưởng", "Sĩ quan", true,
                    RosterDates.parse("2015").orElseThrow(), null, null, null));
            new RosterExporter(Messages.vietnamese()).write(file, org.app.roster().search(RosterQuery.ALL), Progress.NONE);
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile())) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Ngày sinh");
            Cell birth = sheet.getRow(1).getCell(3);
            assertThat(birth.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(birth)).isTrue();
            assertThat(birth.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(1990, 12, 5));
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("2015");
            assertThat(sheet.getRow(1).getCell(13).getStringCellValue()).isEqualTo("c1");
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0) * 3);
        }
    }

    @Test
    void sampleDataIsTheSameEveryTimeAndRealistic() {
        List<String> first = sample(dir.resolve("s1"));
        List<String> second = sample(dir.resolve("s2"));
        assertThat(first).hasSize(600).isEqualTo(second);
        // The regiment's commander is the letterhead's (Đại tá Nguyễn Văn Thắng): one person per post across the demo.
        assertThat(first).anyMatch(line -> line.contains("Trung đoàn trưởng") && line.contains("Đại tá") && line.contains("Nguyễn Văn Thắng"));
        assertThat(first).anyMatch(line -> line.contains("Chiến sĩ") && line.contains("Binh nhì"));
    }

    private static List<String> sample(Path folder) {
        try (AppContext app = AppContext.open(new DataFolder(folder), Clock.systemUTC())) {
            app.sampleData().fill(SampleSize.REGIMENT, Progress.NONE);
            assertThat(app.units().tree()).hasSizeGreaterThan(40);
            return describe(app.roster().search(RosterQuery.ALL)).stream()
                    .map(line -> line.replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "")).toList();
        }
    }
}
