package vn.tdkt.scoring;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.core.SafeFiles;

/**
 * A period's scores as an .xlsx grid that still works in Excel: totals are formulas, the header is locked
 * (only the value cells can be typed in), and a hidden sheet names the period and the set version so an
 * import can tell its own sheets from foreign or altered ones.
 */
public final class ScoreWorkbook {
    static final String MARK_SHEET = "tdkt";
    static final String MARK = "tdkt-scoring-1";
    static final int CODE_ROW = 2;
    static final int FIRST_MEMBER_ROW = 5;
    static final int FIRST_VALUE_COLUMN = 2;
    static final List<String> TOTAL_HEADERS = List.of("Cơ bản", "Thưởng", "Trừ", "Tổng");

    private ScoreWorkbook() {
    }

    public static void write(Path target, ScoreSheet sheet) {
        SafeFiles.write(target, out -> {
            try (Workbook workbook = build(sheet)) {
                workbook.write(out);
            }
        });
    }

    static Workbook build(ScoreSheet data) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Cham diem");
        CellStyle header = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setBorderBottom(BorderStyle.THIN);
        CellStyle open = workbook.createCellStyle();
        open.setLocked(false);
        CellStyle total = workbook.createCellStyle();
        total.setFont(bold);
        total.setDataFormat(workbook.createDataFormat().getFormat("0.##"));

        List<Criterion> criteria = data.set().criteria();
        text(sheet, 0, 0, "BẢNG CHẤM ĐIỂM THI ĐUA – " + data.period().title().toUpperCase(java.util.Locale.ROOT), header);
        text(sheet, 1, 0, "Bộ tiêu chí: " + data.set().name() + " (phiên bản " + data.set().version() + ")", null);
        Row codes = sheet.createRow(CODE_ROW);
        Row names = sheet.createRow(CODE_ROW + 1);
        Row limits = sheet.createRow(CODE_ROW + 2);
        set(codes, 0, "Ký hiệu", header);
        set(codes, 1, "Đơn vị", header);
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            set(codes, FIRST_VALUE_COLUMN + i, c.code(), header);
            set(names, FIRST_VALUE_COLUMN + i, c.name(), header);
            set(limits, FIRST_VALUE_COLUMN + i, c.limit(), header);
            sheet.setColumnWidth(FIRST_VALUE_COLUMN + i, 9 * 256);
        }
        int after = FIRST_VALUE_COLUMN + criteria.size();
        for (int i = 0; i < TOTAL_HEADERS.size(); i++) {
            set(codes, after + i, TOTAL_HEADERS.get(i), header);
        }
        sheet.setColumnWidth(1, 24 * 256);
        for (int m = 0; m < data.members().size(); m++) {
            Member member = data.members().get(m);
            Row row = sheet.createRow(FIRST_MEMBER_ROW + m);
            set(row, 0, member.code(), null);
            set(row, 1, member.name(), null);
            for (int i = 0; i < criteria.size(); i++) {
                Cell cell = row.createCell(FIRST_VALUE_COLUMN + i);
                cell.setCellStyle(open);
                ScoringPeriodRepository.Cell stored = data.cell(member.id(), criteria.get(i).id());
                if (stored != null && stored.value() != null) {
                    cell.setCellValue(stored.value());
                }
            }
            int excelRow = FIRST_MEMBER_ROW + m + 1;
            formula(row, after, base(criteria, excelRow), total);
            formula(row, after + 1, capped(criteria, CriterionKind.BONUS, data.set().bonusCap(), excelRow), total);
            formula(row, after + 2, capped(criteria, CriterionKind.PENALTY, data.set().penaltyCap(), excelRow), total);
            String col = CellReference.convertNumToColString(after);
            formula(row, after + 3, col + excelRow + "+" + CellReference.convertNumToColString(after + 1) + excelRow
                    + "-" + CellReference.convertNumToColString(after + 2) + excelRow, total);
        }
        sheet.createFreezePane(FIRST_VALUE_COLUMN, FIRST_MEMBER_ROW);
        sheet.protectSheet("");

        Sheet mark = workbook.createSheet(MARK_SHEET);
        text(mark, 0, 0, MARK, null);
        text(mark, 1, 0, data.period().id(), null);
        text(mark, 2, 0, data.set().id(), null);
        workbook.setSheetVisibility(workbook.getSheetIndex(mark), SheetVisibility.VERY_HIDDEN);
        return workbook;
    }

    /** Points as typed, a threshold's points when its target is met; SUM skips text and blanks. */
    private static String base(List<Criterion> criteria, int excelRow) {
        StringBuilder formula = new StringBuilder(sum(criteria, CriterionKind.POINTS, excelRow));
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (c.kind() == CriterionKind.THRESHOLD) {
                String ref = ref(i, excelRow);
                String operator = c.comparison().symbol().replace("≥", ">=").replace("≤", "<=");
                formula.append("+IF(AND(ISNUMBER(").append(ref).append("),").append(ref).append(operator).append(c.target())
                        .append("),").append(c.maxPoints()).append(",0)");
            }
        }
        return formula.toString();
    }

    private static String capped(List<Criterion> criteria, CriterionKind kind, Double cap, int excelRow) {
        String sum = sum(criteria, kind, excelRow);
        return cap == null ? sum : "MIN(" + sum + "," + cap + ")";
    }

    private static String sum(List<Criterion> criteria, CriterionKind kind, int excelRow) {
        List<String> refs = new java.util.ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).kind() == kind) {
                refs.add(ref(i, excelRow));
            }
        }
        return refs.isEmpty() ? "0" : "SUM(" + String.join(",", refs) + ")";
    }

    private static String ref(int criterionIndex, int excelRow) {
        return CellReference.convertNumToColString(FIRST_VALUE_COLUMN + criterionIndex) + excelRow;
    }

    private static void text(Sheet sheet, int row, int column, String value, CellStyle style) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        set(r, column, value, style);
    }

    private static void set(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void formula(Row row, int column, String formula, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellFormula(formula);
        cell.setCellStyle(style);
    }
}
