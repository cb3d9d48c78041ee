package vn.tdkt.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;

/** Export a period, change cells in the file with POI as a unit would in Excel, import, see exactly those changes. */
class ScoreSheetRoundTripTest {
    @TempDir
    Path dir;
    private ScoringFixture f;
    private ScoringPeriod march;
    private Path file;

    @BeforeEach
    void open() {
        f = new ScoringFixture(dir);
        march = f.month(3);
        f.scoring().save(march.id(), List.of(f.cell(f.c1, "HL1", 9), f.cell(f.c2, "HL1", 8), f.cell(f.c1, "T1", 2), f.cell(f.c1, "HC3", 99.8)));
        file = dir.resolve("cham-diem.xlsx");
        ScoreWorkbook.write(file, f.scoring().sheet(march.id()), ScoreWorkbook.Layout.GRID);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theExportedSheetHasLockedHeadersAndFormulasThatAddUpAsTheAppDoes() throws Exception {
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getProtect()).isTrue();
            assertThat(sheet.getRow(ScoreWorkbook.CODE_ROW).getCell(0).getCellStyle().getLocked()).isTrue();
            Row c1 = sheet.getRow(ScoreWorkbook.FIRST_MEMBER_ROW);
            assertThat(c1.getCell(ScoreWorkbook.FIRST_VALUE_COLUMN).getCellStyle().getLocked()).isFalse();
            int total = ScoreWorkbook.FIRST_VALUE_COLUMN + f.set.criteria().size() + 3;
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            double expected = f.scoring().ranking(march.id()).stream().filter(s -> s.member().code().equals("c1")).findFirst().orElseThrow().totals().total();
            assertThat(evaluator.evaluate(c1.getCell(total)).getNumberValue()).isEqualTo(expected).isEqualTo(9 + 5 + 2.0);
            assertThat(workbook.isSheetVeryHidden(workbook.getSheetIndex(ScoreWorkbook.MARK_SHEET))).isTrue();
        }
    }

    @Test
    void changedCellsComeBackAsExactlyThoseDifferencesAndBadCellsAreRefused() throws Exception {
        edit(sheet -> {
            cell(sheet, 0, "HL1").setCellValue(9.5);
            cell(sheet, 1, "KL1").setCellValue(7);
            cell(sheet, 2, "HL2").setCellValue(12);
            cell(sheet, 2, "CT1").setCellValue("tám");
            cell(sheet, 1, "CT2").setCellValue("8,5");
            sheet.getRow(ScoreWorkbook.CODE_ROW).getCell(ScoreWorkbook.FIRST_VALUE_COLUMN + f.set.criteria().indexOf(f.criterion("HC2"))).setCellValue("XX9");
            Row stranger = sheet.createRow(ScoreWorkbook.FIRST_MEMBER_ROW + 3);
            stranger.createCell(0).setCellValue("c99");
        });
        SheetImport preview = f.app.scoring().importer().preview(file);
        assertThat(preview.differences()).extracting(d -> d.member().code() + " " + d.criterion().code() + " " + d.before() + "→" + d.after())
                .containsExactly("c1 HL1 9.0→9.5", "c2 CT2 null→8.5", "c2 KL1 null→7.0");
        assertThat(preview.refused()).extracting(r -> r.problem().key()).containsExactlyInAnyOrder(
                "scoring.import.unknownCriterion", "scoring.value.overMax", "scoring.import.notNumber", "scoring.import.unknownMember");
        assertThat(f.app.scoring().importer().apply(preview)).isEqualTo(3);
        ScoreSheet after = f.scoring().sheet(march.id());
        assertThat(after.values(f.c1.id())).containsEntry(f.criterion("HL1").id(), 9.5);
        assertThat(after.values(f.c3.id())).isEmpty();
        assertThat(f.app.scoring().importer().preview(file).differences()).as("importing the same file again changes nothing").isEmpty();
    }

    @Test
    void oneSheetPerUnitAddsUpInExcelAndComesBackAsExactlyTheChangedCells() throws Exception {
        Path perUnit = dir.resolve("moi-don-vi.xlsx");
        ScoreWorkbook.write(perUnit, f.scoring().sheet(march.id()), ScoreWorkbook.Layout.PER_MEMBER);
        Workbook workbook;
        try (InputStream in = Files.newInputStream(perUnit)) {
            workbook = new XSSFWorkbook(in);
        }
        assertThat(workbook.getNumberOfSheets()).as("three units and the hidden mark").isEqualTo(4);
        assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2))).containsExactly("c1", "c2", "c3");
        Sheet c1 = workbook.getSheet("c1");
        assertThat(c1.getProtect()).isTrue();
        assertThat(c1.getRow(ScoreWorkbook.MEMBER_ROW).getCell(2).getStringCellValue()).isEqualTo("Đại đội 1");
        assertThat(valueCell(c1, "HL1").getNumericCellValue()).isEqualTo(9.0);
        assertThat(valueCell(c1, "HL1").getCellStyle().getLocked()).isFalse();
        FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
        double expected = f.scoring().ranking(march.id()).stream().filter(s -> s.member().code().equals("c1")).findFirst().orElseThrow().totals().total();
        assertThat(evaluator.evaluate(valueCell(c1, "Tổng")).getNumberValue()).isEqualTo(expected).isEqualTo(9 + 5 + 2.0);

        valueCell(workbook.getSheet("c2"), "HL1").setCellValue(10);
        valueCell(workbook.getSheet("c3"), "KL1").setCellValue("7,5");
        valueCell(c1, "CT1").setCellValue("tám");
        valueCell(c1, "HL2").setCellValue(12);
        try (OutputStream out = Files.newOutputStream(perUnit)) {
            workbook.write(out);
        }
        workbook.close();

        SheetImport preview = f.app.scoring().importer().preview(perUnit);
        assertThat(preview.differences()).extracting(d -> d.member().code() + " " + d.criterion().code() + " " + d.before() + "→" + d.after())
                .containsExactly("c2 HL1 8.0→10.0", "c3 KL1 null→7.5");
        assertThat(preview.refused()).extracting(r -> r.place() + " " + r.problem().key()).containsExactlyInAnyOrder(
                "c1!D" + (row(c1, "CT1") + 1) + " scoring.import.notNumber", "c1!D" + (row(c1, "HL2") + 1) + " scoring.value.overMax");
        assertThat(f.app.scoring().importer().apply(preview)).isEqualTo(2);
        assertThat(f.scoring().sheet(march.id()).values(f.c3.id())).containsExactly(java.util.Map.entry(f.criterion("KL1").id(), 7.5));
        assertThat(f.app.scoring().importer().preview(perUnit).differences()).as("the same file again changes nothing").isEmpty();
    }

    private static int row(Sheet sheet, String code) {
        for (int r = ScoreWorkbook.FIRST_CRITERION_ROW; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null && code.equals(sheet.getRow(r).getCell(0).getStringCellValue())) {
                return r;
            }
        }
        throw new AssertionError("no line " + code);
    }

    private static org.apache.poi.ss.usermodel.Cell valueCell(Sheet sheet, String code) {
        Row row = sheet.getRow(row(sheet, code));
        return row.getCell(ScoreWorkbook.VALUE_COLUMN) == null ? row.createCell(ScoreWorkbook.VALUE_COLUMN) : row.getCell(ScoreWorkbook.VALUE_COLUMN);
    }

    @Test
    void aLockedPeriodRefusesEveryChangedCell() throws Exception {
        edit(sheet -> cell(sheet, 0, "HL1").setCellValue(10));
        f.scoring().lock(march.id());
        SheetImport preview = f.app.scoring().importer().preview(file);
        assertThat(preview.nothingToImport()).isTrue();
        assertThat(preview.refused()).singleElement().extracting(r -> r.problem().key()).isEqualTo("scoring.import.locked");
    }

    @Test
    void aBrokenFileOrAForeignOrTamperedSheetIsRefusedWithAClearMessage() throws Exception {
        Path broken = dir.resolve("broken.xlsx");
        Files.write(broken, java.util.Arrays.copyOf(Files.readAllBytes(file), 500));
        assertThatThrownBy(() -> f.app.scoring().importer().preview(broken))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).messageKey()).isEqualTo("scoring.import.unreadable");

        Path foreign = dir.resolve("foreign.xlsx");
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(foreign)) {
            workbook.createSheet("Sheet1").createRow(0).createCell(0).setCellValue("Đại đội 1");
            workbook.write(out);
        }
        assertThatThrownBy(() -> f.app.scoring().importer().preview(foreign))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("scoring.import.foreign");

        edit(sheet -> sheet.getWorkbook().getSheet(ScoreWorkbook.MARK_SHEET).getRow(0).getCell(0).setCellValue("something else"));
        assertThatThrownBy(() -> f.app.scoring().importer().preview(file))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("scoring.import.foreign");
        assertThat(f.scoring().sheet(march.id()).values(f.c1.id())).containsEntry(f.criterion("HL1").id(), 9.0);
    }

    private org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int member, String code) {
        int column = ScoreWorkbook.FIRST_VALUE_COLUMN + f.set.criteria().indexOf(f.criterion(code));
        Row row = sheet.getRow(ScoreWorkbook.FIRST_MEMBER_ROW + member);
        return row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
    }

    private void edit(java.util.function.Consumer<Sheet> change) throws Exception {
        Workbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = new XSSFWorkbook(in);
        }
        change.accept(workbook.getSheetAt(0));
        try (OutputStream out = Files.newOutputStream(file)) {
            workbook.write(out);
        }
        workbook.close();
    }
}
