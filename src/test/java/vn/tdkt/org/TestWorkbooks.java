package vn.tdkt.org;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Consumer;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes real .xlsx / .xls files with POI, the way units' spreadsheets look. */
final class TestWorkbooks {
    /** A cell holding a formula; its cached result is computed when written. */
    record Formula(String formula) {
    }

    /** One date style per workbook, as Excel keeps it (a style per cell would look like a zip bomb to POI). */
    private static final Map<Workbook, CellStyle> DATE_STYLES = new WeakHashMap<>();

    private TestWorkbooks() {
    }

    private static CellStyle dateStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        return style;
    }

    static Path write(Path file, Consumer<Sheet> content) throws Exception {
        boolean xls = file.getFileName().toString().endsWith(".xls");
        try (Workbook workbook = xls ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(workbook.createSheet("Danh sách"));
            workbook.write(out);
        }
        return file;
    }

    static void row(Sheet sheet, int index, Object... values) {
        Workbook workbook = sheet.getWorkbook();
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            switch (value) {
                case String text -> cell.setCellValue(text);
                case Number number -> cell.setCellValue(number.doubleValue());
                case LocalDate date -> {
                    cell.setCellValue(date);
                    cell.setCellStyle(DATE_STYLES.computeIfAbsent(workbook, TestWorkbooks::dateStyle));
                }
                case Formula formula -> {
                    cell.setCellFormula(formula.formula());
                    workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(cell);
                }
                default -> throw new IllegalArgumentException(value.toString());
            }
        }
    }
}
