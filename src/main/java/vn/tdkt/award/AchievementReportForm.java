package vn.tdkt.award;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.Run;
import vn.tdkt.doc.Signature;
import vn.tdkt.doc.Table;
import vn.tdkt.doc.TableBuilder;

/**
 * Báo cáo thành tích, cá nhân or tập thể, with the structure of Decree 152/2025's templates (forms.md). The
 * award dossier and the ĐHTT dossier both fill it; only what the records hold is filled, the rest is left for
 * the nominee to write in. A closing sentence follows the tables (reconstructed wording): LibreOffice cannot keep
 * a table with the signature after it, so without it the signature could open a page of its own there.
 */
public final class AchievementReportForm {
    private static final Signature CONFIRMATION = new Signature("", "Xác nhận của cấp trình khen thưởng", "(Ký, đóng dấu)", "");

    private AchievementReportForm() {
    }

    /**
     * What the report says.
     *
     * @param award        what is asked for, e.g. "danh hiệu Chiến sĩ thi đua cơ sở"
     * @param profile      section I as label and value (a person's lý lịch, a collective's đặc điểm)
     * @param duties       II.1: duties (person) or results of the duties (collective)
     * @param achievements II.2: achievements with figures (person) or the measures behind them (collective)
     * @param results      a collective's table of targets by year (header row first); empty for none
     * @param reporterName who signs a person's report; unused for a collective, whose head signs
     */
    public record Report(boolean collective, String subjectName, String award, LocalDate date, List<ProfileLine> profile,
                         List<String> duties, List<String> achievements, List<List<String>> results,
                         List<Recognition> titles, List<Recognition> awards, String reporterName) {
        public Report {
            profile = List.copyOf(profile);
            duties = List.copyOf(duties);
            achievements = List.copyOf(achievements);
            results = List.copyOf(results);
            titles = List.copyOf(titles);
            awards = List.copyOf(awards);
        }
    }

    /** A line of section I: its label and what the records say (may be empty). */
    public record ProfileLine(String label, String value) {
    }

    /** A row of section III: year, title or award, and the decision's number, date and issuing body. */
    public record Recognition(int year, String name, String decision) {
    }

    /** A person's own report carries no document number. */
    public static Document build(Issuer issuer, Report report) {
        DocumentBuilder builder = DocumentBuilder.issued("Báo cáo thành tích - " + report.subjectName(), issuer, null, report.date())
                .title("Báo cáo thành tích", "ĐỀ NGHỊ TẶNG " + report.award().toUpperCase(Locale.ROOT));
        return report.collective() ? collective(builder, report) : personal(builder, report);
    }

    private static Document personal(DocumentBuilder builder, Report report) {
        builder.heading1("I. SƠ LƯỢC LÝ LỊCH");
        profile(builder, report);
        builder.heading1("II. THÀNH TÍCH ĐẠT ĐƯỢC").heading2("1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:");
        report.duties().forEach(builder::paragraph);
        builder.heading2("2. Thành tích đạt được của cá nhân:");
        report.achievements().forEach(builder::paragraph);
        // The commitment is a statement printed once as the template has it, not the heading of what follows: as a
        // heading it was kept with "III." and its table, a chain Word moves whole and LibreOffice splits at a page foot.
        builder.paragraph(Run.bold("3. Cá nhân cam kết không bị xử lý kỷ luật (từ hình thức khiển trách trở lên) hoặc bị truy cứu trách nhiệm hình sự."));
        recognitions(builder, report);
        return builder.paragraph("Tôi xin cam đoan những nội dung báo cáo trên là đúng sự thật./.")
                .closing(List.of(),
                        new Signature("", "Thủ trưởng đơn vị xác nhận, đề nghị", "(Ký, đóng dấu)", ""),
                        new Signature("", "Người báo cáo thành tích", "(Ký, ghi rõ họ và tên)", report.reporterName()),
                        CONFIRMATION).build();
    }

    private static Document collective(DocumentBuilder builder, Report report) {
        builder.paragraph(Run.bold("Tên tập thể đề nghị (Ghi đầy đủ bằng chữ in thường, không viết tắt): "), Run.plain(report.subjectName()))
                .heading1("I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH")
                .heading2("1. Đặc điểm, tình hình:");
        profile(builder, report);
        builder.heading2("2. Chức năng, nhiệm vụ:")
                .heading1("II. THÀNH TÍCH ĐẠT ĐƯỢC")
                .heading2("1. Kết quả thực hiện chức năng, nhiệm vụ được giao:");
        report.duties().forEach(builder::paragraph);
        if (!report.results().isEmpty()) {
            builder.table(results(report.results()));
        }
        builder.heading2("2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã áp dụng:");
        report.achievements().forEach(builder::paragraph);
        builder.heading2("3. Việc thực hiện chủ trương, chính sách; công tác xây dựng Đảng, đoàn thể:");
        recognitions(builder, report);
        return builder.paragraph("Trên đây là báo cáo thành tích của " + report.subjectName() + ", kính đề nghị cấp trên xem xét, khen thưởng./.")
                .closing(List.of(), new Signature("", "Thủ trưởng đơn vị", "(Ký, đóng dấu)", ""), CONFIRMATION).build();
    }

    private static void profile(DocumentBuilder builder, Report report) {
        report.profile().forEach(line -> builder.paragraph(Run.plain("- " + line.label() + ": "), Run.plain(line.value())));
    }

    private static void recognitions(DocumentBuilder builder, Report report) {
        builder.heading1("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")
                .heading2("1. Danh hiệu thi đua:")
                .table(table("Danh hiệu thi đua", "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định",
                        report.titles()))
                .heading2("2. Hình thức khen thưởng:")
                .table(table("Hình thức khen thưởng", "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định", report.awards()));
    }

    private static Table table(String nameLabel, String decisionLabel, List<Recognition> rows) {
        TableBuilder table = TableBuilder.columns(12, 34, 54).header("Năm", nameLabel, decisionLabel);
        for (Recognition row : rows) {
            table.row(Cell.center(Integer.toString(row.year())), Cell.text(row.name()), Cell.text(row.decision()));
        }
        if (rows.isEmpty()) {
            // Said, not left as a bare header: a reader sees nothing was omitted, and a table with only its
            // header row has no row to keep with its heading, so Word and our PDF broke the page differently.
            table.row(Cell.center(""), Cell.text("Không có"), Cell.text(""));
        }
        return table.build();
    }

    private static Table results(List<List<String>> rows) {
        float[] widths = new float[rows.getFirst().size()];
        widths[0] = 34;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 66f / (widths.length - 1);
        }
        TableBuilder table = TableBuilder.columns(widths).header(rows.getFirst().toArray(String[]::new));
        for (List<String> row : rows.subList(1, rows.size())) {
            Cell[] cells = new Cell[row.size()];
            for (int i = 0; i < cells.length; i++) {
                cells[i] = i == 0 ? Cell.text(row.get(i)) : Cell.center(row.get(i));
            }
            table.row(cells);
        }
        return table.build();
    }
}
