package vn.tdkt.org;

import java.nio.file.Path;
import java.util.List;
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
import vn.tdkt.core.VietnameseDates.Parsed;
import vn.tdkt.core.VietnameseDates.Precision;

/**
 * Writes the roster to an .xlsx that opens cleanly in Excel: one header row of column names, frozen;
 * exact dates as real dates (dd/mm/yyyy); a year or month alone as the text it was typed as, so the
 * file imports back unchanged.
 */
public final class RosterExporter {
    /** Columns in the order an officer expects them; widths in characters. */
    private static final List<RosterField> COLUMNS = List.of(RosterField.SERIAL, RosterField.FULL_NAME, RosterField.GENDER, RosterField.BIRTH_DATE,
            RosterField.HOME_TOWN, RosterField.RANK, RosterField.POSITION, RosterField.CATEGORY, RosterField.PARTY_MEMBER,
            RosterField.PARTY_DATE, RosterField.START_DATE, RosterField.EDUCATION, RosterField.UNIT_NAME, RosterField.UNIT_CODE,
            RosterField.NOTES, RosterField.IDENTIFIER);
    private static final int[] WIDTHS = {6, 28, 9, 12, 18, 12, 22, 16, 10, 13, 13, 14, 20, 12, 30, 16};
    private static final int ROWS_IN_MEMORY = 500;

    private final Messages messages;

    public RosterExporter(Messages messages) {
        this.messages = messages;
    }

    public void write(Path target, List<RosterEntry> entries, Progress progress) {
        SafeFiles.write(target, out -> {
            try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
                Sheet sheet = workbook.createSheet(messages.get("roster.export.sheet"));
                CellStyle header = headerStyle(workbook);
                CellStyle date = workbook.createCellStyle();
                date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
                Row top = sheet.createRow(0);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    cell(top, c, messages.get(COLUMNS.get(c).messageKey())).setCellStyle(header);
                }
                for (int c = 0; c < WIDTHS.length; c++) {
                    sheet.setColumnWidth(c, WIDTHS[c] * 256);
                }
                sheet.createFreezePane(0, 1);
                for (int i = 0; i < entries.size(); i++) {
                    if (i % ROWS_IN_MEMORY == 0) {
                        progress.checkCancelled();
                        progress.update(i, entries.size(), null);
                    }
                    Row row = sheet.createRow(i + 1);
                    for (int c = 0; c < COLUMNS.size(); c++) {
                        write(row, c, COLUMNS.get(c), entries.get(i), date);
                    }
                }
                workbook.write(out);
            }
        });
    }

    private void write(Row row, int column, RosterField field, RosterEntry entry, CellStyle dateStyle) {
        PersonDetails d = entry.person().details();
        switch (field) {
            case SERIAL -> row.createCell(column).setCellValue(row.getRowNum());
            case FULL_NAME -> cell(row, column, d.fullName());
            case GENDER -> cell(row, column, d.gender() == null ? null : messages.get(d.gender().messageKey()));
            case BIRTH_DATE -> date(row, column, d.birth(), dateStyle);
            case HOME_TOWN -> cell(row, column, d.homeTown());
            case RANK -> cell(row, column, d.rank());
            case POSITION -> cell(row, column, d.position());
            case CATEGORY -> cell(row, column, d.category());
            case PARTY_MEMBER -> cell(row, column, d.partyMember() ? messages.get("roster.export.yes") : null);
            case PARTY_DATE -> date(row, column, d.partyDate(), dateStyle);
            case START_DATE -> date(row, column, d.startDate(), dateStyle);
            case EDUCATION -> cell(row, column, d.education());
            case UNIT_NAME -> cell(row, column, entry.unitName());
            case UNIT_CODE -> cell(row, column, entry.unitCode());
            case NOTES -> cell(row, column, d.notes());
            case IDENTIFIER -> cell(row, column, d.identifier());
        }
    }

    private static Cell cell(Row row, int column, String text) {
        Cell cell = row.createCell(column);
        if (text != null) {
            cell.setCellValue(text);
        }
        return cell;
    }

    private static void date(Row row, int column, Parsed date, CellStyle style) {
        if (date == null) {
            return;
        }
        if (date.precision() == Precision.DAY) {
            Cell cell = row.createCell(column);
            cell.setCellValue(date.date());
            cell.setCellStyle(style);
        } else {
            cell(row, column, RosterDates.format(date));
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
