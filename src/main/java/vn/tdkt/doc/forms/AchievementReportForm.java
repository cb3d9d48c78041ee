package vn.tdkt.doc.forms;

import java.util.List;
import java.util.Locale;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Run;
import vn.tdkt.doc.Signature;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.settings.Letterhead;

/** Báo cáo thành tích, cá nhân or tập thể, with the structure of the decree's templates. */
public final class AchievementReportForm {
    private AchievementReportForm() {
    }

    public static Document build(Letterhead letterhead, AchievementReport data) {
        DocumentBuilder builder = DocumentBuilder.create("Báo cáo thành tích - " + data.subjectName(), letterhead.unitName())
                .header(letterhead.superiorBody(), letterhead.unitName(), null, letterhead.placeName(), data.date())
                .title("Báo cáo thành tích", "ĐỀ NGHỊ TẶNG " + data.award().toUpperCase(Locale.ROOT));
        if (data.collective()) {
            builder.paragraph(new Run("Tên tập thể đề nghị: ", true, false, false), Run.plain(data.subjectName()));
        }
        builder.heading1(data.collective() ? "I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH" : "I. SƠ LƯỢC LÝ LỊCH");
        for (AchievementReport.ProfileLine line : data.profile()) {
            builder.paragraph(Run.plain("- " + line.label() + ": "), Run.plain(line.value()));
        }
        builder.heading1("II. THÀNH TÍCH ĐẠT ĐƯỢC")
                .heading2(data.collective() ? "1. Kết quả thực hiện chức năng, nhiệm vụ được giao" : "1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận");
        data.duties().forEach(builder::paragraph);
        if (data.collective() && !data.results().isEmpty()) {
            builder.table(results(data.results()));
        }
        builder.heading2(data.collective() ? "2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã áp dụng"
                : "2. Thành tích đạt được của cá nhân");
        builder.bullets(data.achievements());
        builder.heading2(data.collective() ? "3. Việc thực hiện chủ trương, chính sách; công tác xây dựng Đảng, đoàn thể"
                : "3. Cá nhân cam kết không bị xử lý kỷ luật (từ hình thức khiển trách trở lên) hoặc bị truy cứu trách nhiệm hình sự.");
        builder.paragraph(data.commitment());
        builder.heading1("III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG")
                .heading2("1. Danh hiệu thi đua")
                .table(recognitions("Danh hiệu thi đua", "Số, ngày, tháng, năm của quyết định công nhận danh hiệu thi đua; cơ quan ban hành quyết định", data.titles()))
                .heading2("2. Hình thức khen thưởng")
                .table(recognitions("Hình thức khen thưởng", "Số, ngày, tháng, năm của quyết định khen thưởng; cơ quan ban hành quyết định", data.awards()));
        Signature commander = FormParts.commander(letterhead, "(Ký, đóng dấu)");
        Signature confirmation = new Signature("", "Xác nhận của cấp trình khen thưởng", "(Ký, đóng dấu)", "");
        if (data.collective()) {
            return builder.closing(List.of(), commander, confirmation).build();
        }
        Signature confirmingCommander = new Signature("", "Thủ trưởng đơn vị xác nhận, đề nghị", "(Ký, đóng dấu)", commander.name());
        Signature reporter = new Signature("", "Người báo cáo thành tích", "(Ký, ghi rõ họ và tên)", data.reporterName());
        return builder.closing(List.of(), confirmingCommander, reporter, confirmation).build();
    }

    private static vn.tdkt.doc.Table results(List<List<String>> rows) {
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

    private static vn.tdkt.doc.Table recognitions(String nameLabel, String decisionLabel, List<AchievementReport.Recognition> rows) {
        TableBuilder table = TableBuilder.columns(12, 34, 54).header("Năm", nameLabel, decisionLabel);
        for (AchievementReport.Recognition row : rows) {
            table.row(Cell.center(Integer.toString(row.year())), Cell.text(row.name()), Cell.text(row.decision() + "; " + row.issuer()));
        }
        return table.build();
    }
}
