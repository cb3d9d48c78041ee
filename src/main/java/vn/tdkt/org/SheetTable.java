package vn.tdkt.org;

import java.util.List;

/** A roster sheet read from a workbook: the header row found (its Excel row number and texts) and the rows below it. */
public record SheetTable(String sheetName, int headerRowNumber, List<String> headers, List<SheetRow> rows) {
}
