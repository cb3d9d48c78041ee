package vn.tdkt.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.core.VietnameseText;

/**
 * Reads back a workbook made by {@link ScoreWorkbook} and filled in by a unit: finds the period and the layout
 * from the hidden mark, matches members by ký hiệu (a grid's rows, a per-member sheet's B3) and criteria by
 * code, and refuses cell by cell what cannot be taken (unknown criterion or unit, text where a number belongs,
 * out of range, a locked period).
 */
public final class ScoreSheetImporter {
    private final ScoringService scoring;

    public ScoreSheetImporter(ScoringService scoring) {
        this.scoring = scoring;
    }

    public SheetImport preview(Path file) {
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            return preview(workbook);
        } catch (IOException | RuntimeException e) {
            if (e instanceof AppException app) {
                throw app;
            }
            throw new AppException(e, "scoring.import.unreadable", file.getFileName());
        }
    }

    private SheetImport preview(Workbook workbook) {
        Sheet mark = workbook.getSheet(ScoreWorkbook.MARK_SHEET);
        if (mark == null || !ScoreWorkbook.MARK.equals(text(mark, 0)) || workbook.getNumberOfSheets() < 2) {
            throw new AppException("scoring.import.foreign");
        }
        String periodId = text(mark, 1);
        ScoringPeriod period = scoring.periods().stream().filter(p -> p.id().equals(periodId)).findFirst()
                .orElseThrow(() -> new AppException("scoring.import.unknownPeriod"));
        ScoreSheet stored = scoring.sheet(period.id());
        if (!stored.set().id().equals(text(mark, 2))) {
            throw new AppException("scoring.import.otherVersion", period.title());
        }
        List<SheetImport.Refused> refused = new ArrayList<>();
        List<SheetImport.Difference> differences = new ArrayList<>();
        Map<String, Member> byCode = new HashMap<>();
        stored.members().forEach(m -> byCode.put(m.code().toLowerCase(java.util.Locale.ROOT), m));
        if (ScoreWorkbook.Layout.PER_MEMBER.name().equals(text(mark, 3))) {
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (!workbook.getSheetName(i).equals(ScoreWorkbook.MARK_SHEET)) {
                    memberSheet(workbook.getSheetAt(i), byCode, stored, period, differences, refused);
                }
            }
        } else {
            grid(workbook.getSheetAt(0), byCode, stored, period, differences, refused);
        }
        differences.sort(java.util.Comparator.comparing((SheetImport.Difference d) -> stored.members().indexOf(d.member()))
                .thenComparing(d -> stored.set().criteria().indexOf(d.criterion())));
        return new SheetImport(period, List.copyOf(differences), List.copyOf(refused));
    }

    /** One member's sheet: the ký hiệu in B3, then a criterion code in column A and its value in column D on each line. */
    private static void memberSheet(Sheet sheet, Map<String, Member> byCode, ScoreSheet stored, ScoringPeriod period,
                                    List<SheetImport.Difference> differences, List<SheetImport.Refused> refused) {
        DataFormatter formatter = new DataFormatter();
        Row who = sheet.getRow(ScoreWorkbook.MEMBER_ROW);
        String code = who == null ? "" : VietnameseText.clean(formatter.formatCellValue(who.getCell(1)));
        Member member = byCode.get(code.toLowerCase(java.util.Locale.ROOT));
        if (member == null) {
            refused.add(new SheetImport.Refused(sheet.getSheetName() + "!" + place(ScoreWorkbook.MEMBER_ROW, 1),
                    new Problem("scoring.import.unknownMember", code)));
            return;
        }
        for (int r = ScoreWorkbook.FIRST_CRITERION_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String criterionCode = row == null ? "" : VietnameseText.clean(formatter.formatCellValue(row.getCell(0)));
            if (criterionCode.isEmpty() || ScoreWorkbook.TOTAL_HEADERS.contains(criterionCode)) {
                continue;
            }
            int at = r;
            stored.set().byCode(criterionCode).ifPresentOrElse(
                    criterion -> readCell(row.getCell(ScoreWorkbook.VALUE_COLUMN), formatter, sheet.getSheetName() + "!" + place(at, ScoreWorkbook.VALUE_COLUMN),
                            member, criterion, stored, period, differences, refused),
                    () -> refused.add(new SheetImport.Refused(sheet.getSheetName() + "!" + place(at, 0),
                            new Problem("scoring.import.unknownCriterion", criterionCode))));
        }
    }

    /** The grid: criterion codes across row 3, a member's ký hiệu in column A of each row below. */
    private static void grid(Sheet sheet, Map<String, Member> byCode, ScoreSheet stored, ScoringPeriod period,
                             List<SheetImport.Difference> differences, List<SheetImport.Refused> refused) {
        Row codes = sheet.getRow(ScoreWorkbook.CODE_ROW);
        if (codes == null) {
            throw new AppException("scoring.import.foreign");
        }
        Map<Integer, Criterion> columns = new HashMap<>();
        DataFormatter formatter = new DataFormatter();
        for (int c = ScoreWorkbook.FIRST_VALUE_COLUMN; c < codes.getLastCellNum(); c++) {
            String code = VietnameseText.clean(formatter.formatCellValue(codes.getCell(c)));
            if (code.isEmpty() || ScoreWorkbook.TOTAL_HEADERS.contains(code)) {
                continue;
            }
            final int column = c;
            stored.set().byCode(code).ifPresentOrElse(criterion -> columns.put(column, criterion),
                    () -> refused.add(new SheetImport.Refused(place(ScoreWorkbook.CODE_ROW, column), new Problem("scoring.import.unknownCriterion", code))));
        }
        for (int r = ScoreWorkbook.FIRST_MEMBER_ROW; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String code = row == null ? "" : VietnameseText.clean(formatter.formatCellValue(row.getCell(0)));
            if (code.isEmpty()) {
                continue;
            }
            Member member = byCode.get(code.toLowerCase(java.util.Locale.ROOT));
            if (member == null) {
                refused.add(new SheetImport.Refused(place(r, 0), new Problem("scoring.import.unknownMember", code)));
                continue;
            }
            for (Map.Entry<Integer, Criterion> column : columns.entrySet()) {
                readCell(row.getCell(column.getKey()), formatter, place(r, column.getKey()), member, column.getValue(), stored, period, differences, refused);
            }
        }
    }

    private static void readCell(Cell cell, DataFormatter formatter, String place, Member member, Criterion criterion, ScoreSheet stored,
                                 ScoringPeriod period, List<SheetImport.Difference> differences, List<SheetImport.Refused> refused) {
        Double value;
        if (cell == null || cell.getCellType() == CellType.BLANK) {
            value = null;
        } else if (cell.getCellType() == CellType.NUMERIC
                || cell.getCellType() == CellType.FORMULA && cell.getCachedFormulaResultType() == CellType.NUMERIC) {
            value = cell.getNumericCellValue();
        } else {
            String typed = formatter.formatCellValue(cell);
            try {
                value = VietnameseNumbers.parse(typed).doubleValue();
            } catch (NumberFormatException notNumber) {
                if (VietnameseText.clean(typed).isEmpty()) {
                    value = null;
                } else {
                    refused.add(new SheetImport.Refused(place, new Problem("scoring.import.notNumber", member.code(), criterion.code(), typed)));
                    return;
                }
            }
        }
        if (value != null) {
            var problem = criterion.problem(value);
            if (problem.isPresent()) {
                refused.add(new SheetImport.Refused(place, problem.get()));
                return;
            }
        }
        ScoringPeriodRepository.Cell before = stored.cell(member.id(), criterion.id());
        Double old = before == null ? null : before.value();
        if (Objects.equals(old, value)) {
            return;
        }
        if (period.locked()) {
            refused.add(new SheetImport.Refused(place, new Problem("scoring.import.locked", period.title())));
            return;
        }
        differences.add(new SheetImport.Difference(member, criterion, old, value, before == null ? null : before.note()));
    }

    /** Writes the differences of a preview in one transaction; the refused cells stay as they were. */
    public int apply(SheetImport preview) {
        return scoring.save(preview.period().id(), preview.differences().stream()
                .map(d -> new CellChange(d.member().id(), d.criterion().id(), d.after(), d.note())).toList());
    }

    private static String text(Sheet sheet, int row) {
        Row r = sheet.getRow(row);
        return r == null || r.getCell(0) == null ? "" : new DataFormatter().formatCellValue(r.getCell(0));
    }

    private static String place(int row, int column) {
        return CellReference.convertNumToColString(column) + (row + 1);
    }
}
