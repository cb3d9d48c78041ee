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
import vn.tdkt.core.VietnameseText;

/**
 * A period's scores as an .xlsx that still works in Excel: totals are formulas, the header is locked (only
 * the value cells can be typed in), and a hidden sheet names the period, the set version and the layout so
 * an import can tell its own sheets from foreign or altered ones. Two layouts: one grid (members down,
 * criteria across), or one sheet per member (criteria down), the form a unit fills in for itself.
 */
public final class ScoreWorkbook {
    /** How the scores are laid out. */
    public enum Layout { GRID, PER_MEMBER }

    static final String MARK_SHEET = "tdkt";
    static final String MARK = "tdkt-scoring-1";
    static final int CODE_ROW = 2;
    static final int FIRST_MEMBER_ROW = 5;
    static final int FIRST_VALUE_COLUMN = 2;
    static final List<String> TOTAL_HEADERS = List.of("Cơ bản", "Thưởng", "Trừ", "Tổng");
    /** Per-member sheet: the member's ký hiệu in B3, criteria from row 5, the value in column D. */
    static final int MEMBER_ROW = 2;
    static final int FIRST_CRITERION_ROW = 4;
    static final int VALUE_COLUMN = 3;

    private ScoreWorkbook() {
    }

    public static void write(Path target, ScoreSheet sheet, Layout layout) {
        SafeFiles.write(target, out -> {
            try (Workbook workbook = build(sheet, layout)) {
                workbook.write(out);
            }
        });
    }

    /** The cell styles both layouts use. */
    private record Styles(CellStyle header, CellStyle open, CellStyle total) {
        static Styles of(Workbook workbook) {
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
            return new Styles(header, open, total);
        }
    }

    static Workbook build(ScoreSheet data, Layout layout) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Styles styles = Styles.of(workbook);
        if (layout == Layout.GRID) {
            grid(workbook.createSheet("Cham diem"), data, styles);
        } else {
            java.util.Set<String> names = new java.util.HashSet<>();
            for (Member member : data.members()) {
                memberSheet(workbook.createSheet(sheetName(data, member, names)), data, member, styles);
            }
        }
        Sheet mark = workbook.createSheet(MARK_SHEET);
        text(mark, 0, 0, MARK, null);
        text(mark, 1, 0, data.period().id(), null);
        text(mark, 2, 0, data.set().id(), null);
        text(mark, 3, 0, layout.name(), null);
        workbook.setSheetVisibility(workbook.getSheetIndex(mark), SheetVisibility.VERY_HIDDEN);
        return workbook;
    }

    /**
     * A sheet name Excel accepts (at most 31 characters, none of []:*?/\'), unique in the workbook: a unit's
     * ký hiệu, a person's name. The import reads the member from B3, never from the name.
     */
    private static String sheetName(ScoreSheet data, Member member, java.util.Set<String> taken) {
        String wanted = VietnameseText.clean(data.period().people() ? member.name() : member.code()).replaceAll("[\\[\\]:*?/\\\\']", "-");
        String base = wanted.isEmpty() || wanted.equalsIgnoreCase(MARK_SHEET) ? "Trang" : wanted.substring(0, Math.min(wanted.length(), 27));
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            name = base + "-" + i;
        }
        return name;
    }

    /** One member's sheet: criteria down with code, name and limit, the value to type, and the totals below as formulas. */
    private static void memberSheet(Sheet sheet, ScoreSheet data, Member member, Styles styles) {
        List<Criterion> criteria = data.set().criteria();
        text(sheet, 0, 0, "BẢNG CHẤM ĐIỂM THI ĐUA – " + data.period().title().toUpperCase(java.util.Locale.ROOT), styles.header());
        text(sheet, 1, 0, "Bộ tiêu chí: " + data.set().name() + " (phiên bản " + data.set().version() + ")", null);
        Row who = sheet.createRow(MEMBER_ROW);
        set(who, 0, data.period().people() ? "Họ và tên" : "Đơn vị", styles.header());
        set(who, 1, member.code(), null);
        set(who, 2, member.name(), null);
        Row head = sheet.createRow(FIRST_CRITERION_ROW - 1);
        List.of("Ký hiệu", "Tiêu chí", "Tối đa / chỉ tiêu", "Điểm").forEach(h -> set(head, head.getPhysicalNumberOfCells(), h, styles.header()));
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            Row row = sheet.createRow(FIRST_CRITERION_ROW + i);
            set(row, 0, c.code(), null);
            set(row, 1, c.name(), null);
            set(row, 2, c.limit(), null);
            Cell cell = row.createCell(VALUE_COLUMN);
            cell.setCellStyle(styles.open());
            ScoringPeriodRepository.Cell stored = data.cell(member.id(), c.id());
            if (stored != null && stored.value() != null) {
                cell.setCellValue(stored.value());
            }
        }
        String valueColumn = CellReference.convertNumToColString(VALUE_COLUMN);
        java.util.function.IntFunction<String> ref = i -> valueColumn + (FIRST_CRITERION_ROW + i + 1);
        int totalsRow = FIRST_CRITERION_ROW + criteria.size();
        List<String> formulas = List.of(base(criteria, ref), capped(criteria, CriterionKind.BONUS, data.set().bonusCap(), ref),
                capped(criteria, CriterionKind.PENALTY, data.set().penaltyCap(), ref),
                valueColumn + (totalsRow + 1) + "+" + valueColumn + (totalsRow + 2) + "-" + valueColumn + (totalsRow + 3));
        for (int i = 0; i < TOTAL_HEADERS.size(); i++) {
            Row row = sheet.createRow(totalsRow + i);
            set(row, 0, TOTAL_HEADERS.get(i), styles.header());
            formula(row, VALUE_COLUMN, formulas.get(i), styles.total());
        }
        sheet.setColumnWidth(1, 48 * 256);
        sheet.setColumnWidth(2, 16 * 256);
        sheet.createFreezePane(0, FIRST_CRITERION_ROW);
        sheet.protectSheet("");
    }

    private static void grid(Sheet sheet, ScoreSheet data, Styles styles) {
        CellStyle header = styles.header();
        CellStyle open = styles.open();
        CellStyle total = styles.total();
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
            java.util.function.IntFunction<String> ref = i -> CellReference.convertNumToColString(FIRST_VALUE_COLUMN + i) + excelRow;
            formula(row, after, base(criteria, ref), total);
            formula(row, after + 1, capped(criteria, CriterionKind.BONUS, data.set().bonusCap(), ref), total);
            formula(row, after + 2, capped(criteria, CriterionKind.PENALTY, data.set().penaltyCap(), ref), total);
            String col = CellReference.convertNumToColString(after);
            formula(row, after + 3, col + excelRow + "+" + CellReference.convertNumToColString(after + 1) + excelRow
                    + "-" + CellReference.convertNumToColString(after + 2) + excelRow, total);
        }
        sheet.createFreezePane(FIRST_VALUE_COLUMN, FIRST_MEMBER_ROW);
        sheet.protectSheet("");
    }

    /** Points as typed, a threshold's points when its target is met; SUM skips text and blanks. */
    private static String base(List<Criterion> criteria, java.util.function.IntFunction<String> refs) {
        StringBuilder formula = new StringBuilder(sum(criteria, CriterionKind.POINTS, refs));
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            if (c.kind() == CriterionKind.THRESHOLD) {
                String ref = refs.apply(i);
                String operator = c.comparison().symbol().replace("≥", ">=").replace("≤", "<=");
                formula.append("+IF(AND(ISNUMBER(").append(ref).append("),").append(ref).append(operator).append(c.target())
                        .append("),").append(c.maxPoints()).append(",0)");
            }
        }
        return formula.toString();
    }

    private static String capped(List<Criterion> criteria, CriterionKind kind, Double cap, java.util.function.IntFunction<String> refs) {
        String sum = sum(criteria, kind, refs);
        return cap == null ? sum : "MIN(" + sum + "," + cap + ")";
    }

    /** The SUM of one kind's value cells; {@code refs} gives the cell of the i-th criterion in the layout. */
    private static String sum(List<Criterion> criteria, CriterionKind kind, java.util.function.IntFunction<String> refs) {
        List<String> cells = new java.util.ArrayList<>();
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).kind() == kind) {
                cells.add(refs.apply(i));
            }
        }
        return cells.isEmpty() ? "0" : "SUM(" + String.join(",", cells) + ")";
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
