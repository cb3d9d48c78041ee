package vn.tdkt.plan;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.org.RosterDates;
import vn.tdkt.org.RosterEntry;

/**
 * Writes the year's registrations of a unit to .xlsx, one row per person serving there, registered or
 * not: subordinate units fill in the blank rows and send the file back to be imported.
 */
public final class RegistrationExporter {
    private static final int ROWS_IN_MEMORY = 500;

    private final RegistrationService registrations;
    private final Messages messages;

    public RegistrationExporter(RegistrationService registrations, Messages messages) {
        this.registrations = registrations;
        this.messages = messages;
    }

    /** Writes the file and returns the number of people in it. */
    public int write(Path target, int year, String unitId, List<RosterEntry> people, Progress progress) {
        Map<String, RegistrationLine> titles = new HashMap<>();
        Map<String, RegistrationLine> awards = new HashMap<>();
        for (RegistrationLine line : registrations.personLines(year, unitId)) {
            (line.registration().family() == TitleFamily.TITLE ? titles : awards).put(line.registration().personId(), line);
        }
        SafeFiles.write(target, out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
                Sheet sheet = workbook.createSheet(messages.get("plan.sheet.name", year));
                CellStyle header = headerStyle(workbook);
                Row top = sheet.createRow(0);
                RegistrationColumn[] columns = RegistrationColumn.values();
                for (int c = 0; c < columns.length; c++) {
                    Cell cell = top.createCell(c);
                    cell.setCellValue(messages.get(columns[c].messageKey()));
                    cell.setCellStyle(header);
                    sheet.setColumnWidth(c, columns[c].width() * 256);
                }
                sheet.createFreezePane(0, 1);
                for (int i = 0; i < people.size(); i++) {
                    if (i % ROWS_IN_MEMORY == 0) {
                        progress.checkCancelled();
                        progress.update(i, people.size(), null);
                    }
                    RosterEntry entry = people.get(i);
                    RegistrationLine title = titles.get(entry.person().id());
                    RegistrationLine award = awards.get(entry.person().id());
                    String initiatives = title != null && title.registration().initiatives() != null ? title.registration().initiatives()
                            : award == null ? null : award.registration().initiatives();
                    Row row = sheet.createRow(i + 1);
                    row.createCell(0).setCellValue(i + 1);
                    row.createCell(1).setCellValue(year);
                    text(row, 2, entry.person().fullName());
                    text(row, 3, RosterDates.format(entry.person().details().birth()));
                    text(row, 4, entry.person().details().rank());
                    text(row, 5, entry.person().details().position());
                    text(row, 6, entry.unitCode());
                    text(row, 7, entry.unitName());
                    text(row, 8, title == null ? null : title.registration().title());
                    text(row, 9, award == null ? null : award.registration().title());
                    text(row, 10, initiatives);
                }
                workbook.write(out);
            }
        });
        return people.size();
    }

    private static void text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        if (value != null && !value.isEmpty()) {
            cell.setCellValue(value);
        }
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setWrapText(true);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
