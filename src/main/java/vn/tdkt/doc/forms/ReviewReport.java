package vn.tdkt.doc.forms;

import java.time.LocalDate;
import java.util.List;

/**
 * What a Báo cáo sơ kết / tổng kết says: sections of text and result tables (header row first).
 *
 * @param kind "Sơ kết" or "Tổng kết"
 */
public record ReviewReport(String number, LocalDate date, String kind, String subject, List<Section> sections,
                           List<ResultTable> tables, List<String> recipients) {

    /** A titled result table; {@code rows} starts with the header row. */
    public record ResultTable(String title, List<Float> widths, List<List<String>> rows) {
    }
}
