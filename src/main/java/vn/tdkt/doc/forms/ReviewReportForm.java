package vn.tdkt.doc.forms;

import java.util.List;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Table;
import vn.tdkt.settings.Letterhead;

/** Báo cáo sơ kết / tổng kết: sections of text, then the result tables. */
public final class ReviewReportForm {
    private ReviewReportForm() {
    }

    public static Document build(Letterhead letterhead, ReviewReport data) {
        DocumentBuilder builder = FormParts.start("Báo cáo " + data.kind().toLowerCase(java.util.Locale.ROOT) + " " + data.subject(),
                        letterhead, data.number(), data.date())
                .title("Báo cáo", data.kind() + " " + data.subject());
        for (Section section : data.sections()) {
            builder.heading1(section.heading());
            section.paragraphs().forEach(builder::paragraph);
            if (!section.bullets().isEmpty()) {
                builder.bullets(section.bullets());
            }
        }
        for (ReviewReport.ResultTable table : data.tables()) {
            builder.heading2(table.title()).table(table(table));
        }
        return builder.closing(data.recipients(), FormParts.commander(letterhead, "")).build();
    }

    private static Table table(ReviewReport.ResultTable data) {
        List<List<String>> rows = data.rows();
        List<List<Cell>> cells = new java.util.ArrayList<>();
        cells.add(rows.getFirst().stream().map(Cell::head).toList());
        for (List<String> row : rows.subList(1, rows.size())) {
            List<Cell> line = new java.util.ArrayList<>();
            for (int i = 0; i < row.size(); i++) {
                line.add(i == 1 ? Cell.text(row.get(i)) : Cell.center(row.get(i)));
            }
            cells.add(line);
        }
        return new Table(data.widths(), 1, cells, Table.DEFAULT_FONT_SIZE);
    }
}
