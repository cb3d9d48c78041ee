package vn.tdkt.exchange;

import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.tdkt.core.Messages;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.core.VietnameseDates;

/**
 * The higher echelon's two lists as .xlsx (forms.md has no form for them): the ĐHTT models by stage, and the
 * ranking across blocks for one period, one table per criteria set with the warning when there is more than one.
 */
public final class EchelonListFiles {
    private final Messages messages;

    public EchelonListFiles(Messages messages) {
        this.messages = messages;
    }

    public void writeModels(Path target, List<EchelonLists.ModelLine> models) {
        SafeFiles.write(target, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                Sheet sheet = workbook.createSheet(messages.get("exchange.tab.models"));
                header(sheet, 0, bold(workbook), "exchange.file.number", "exchange.models.stage", "exchange.models.subject",
                        "exchange.models.unit", "exchange.models.field", "exchange.lists.source");
                int r = 1;
                for (EchelonLists.ModelLine m : models) {
                    Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue(r++);
                    row.createCell(1).setCellValue(messages.get(m.stage().messageKey()));
                    row.createCell(2).setCellValue(m.subjectName());
                    row.createCell(3).setCellValue(m.unitName());
                    row.createCell(4).setCellValue(m.field());
                    row.createCell(5).setCellValue(source(m.from(), m.receivedAt()));
                }
                widths(sheet, 6, 14, 30, 24, 24, 40);
                workbook.write(out);
            }
        });
    }

    public void writeRanking(Path target, PeriodKey period, List<EchelonLists.RankingGroup> groups) {
        SafeFiles.write(target, out -> {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                CellStyle bold = bold(workbook);
                Sheet sheet = workbook.createSheet(messages.get("exchange.tab.ranking"));
                int r = 0;
                title(sheet, r++, bold, messages.get("exchange.file.rankingTitle", period.label()));
                if (groups.size() > 1) {
                    title(sheet, r++, bold, messages.get("exchange.ranking.setsDiffer", period.label(), groups.size()));
                }
                for (EchelonLists.RankingGroup group : groups) {
                    r++;
                    title(sheet, r++, bold, messages.get("cli.package.rankingGroup", String.join("; ", group.sets()),
                            String.join("; ", group.blocks())));
                    header(sheet, r++, bold, "exchange.ranking.rank", "exchange.ranking.unit", "exchange.file.base", "exchange.file.bonus",
                            "exchange.file.penalty", "exchange.ranking.total", "exchange.ranking.block", "exchange.lists.source");
                    for (EchelonLists.RankedUnit u : group.units()) {
                        Row row = sheet.createRow(r++);
                        row.createCell(0).setCellValue(u.rank());
                        row.createCell(1).setCellValue(u.unitName());
                        row.createCell(2).setCellValue(u.base());
                        row.createCell(3).setCellValue(u.bonus());
                        row.createCell(4).setCellValue(u.penalty());
                        row.createCell(5).setCellValue(u.total());
                        row.createCell(6).setCellValue(u.block());
                        row.createCell(7).setCellValue(source(u.from(), u.receivedAt()));
                    }
                }
                widths(sheet, 7, 26, 10, 10, 10, 12, 36, 40);
                workbook.write(out);
            }
        });
    }

    private String source(java.util.Optional<String> from, java.util.Optional<java.time.Instant> receivedAt) {
        return from.map(unit -> messages.get("exchange.lists.received", unit, receivedAt.map(VietnameseDates::moment).orElse("")))
                .orElseGet(() -> messages.get("exchange.lists.own"));
    }

    private void header(Sheet sheet, int at, CellStyle bold, String... keys) {
        Row row = sheet.createRow(at);
        for (int c = 0; c < keys.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(messages.get(keys[c]));
            cell.setCellStyle(bold);
        }
    }

    private static void title(Sheet sheet, int at, CellStyle bold, String text) {
        Cell cell = sheet.createRow(at).createCell(0);
        cell.setCellValue(text);
        cell.setCellStyle(bold);
    }

    private static void widths(Sheet sheet, int... characters) {
        for (int c = 0; c < characters.length; c++) {
            sheet.setColumnWidth(c, characters[c] * 256);
        }
    }

    private static CellStyle bold(XSSFWorkbook workbook) {
        Font font = workbook.createFont();
        font.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(font);
        return style;
    }
}
