package vn.tdkt.org;

import java.util.List;
import vn.tdkt.core.ImportBounds;
import vn.tdkt.core.Messages;

/**
 * A spreadsheet row the import refuses, with where and why: row number, column header, the value (its
 * start only, when long), the reason.
 */
public record Rejection(int row, String column, String value, String reasonKey, List<Object> reasonArgs) {
    public Rejection {
        column = ImportBounds.echo(column);
        value = ImportBounds.echo(value);
        reasonArgs = List.copyOf(reasonArgs);
    }

    public String reason(Messages messages) {
        return messages.get(reasonKey, reasonArgs.toArray());
    }

    /** "Dòng 12, cột Ngày sinh ("31/02/1990"): không đọc được ngày tháng…". */
    public String describe(Messages messages) {
        return messages.get("roster.import.rejection", row, column, value, reason(messages));
    }
}
