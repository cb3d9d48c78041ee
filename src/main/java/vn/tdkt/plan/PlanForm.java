package vn.tdkt.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.DocumentType;
import vn.tdkt.doc.Run;
import vn.tdkt.doc.TableBuilder;

/**
 * Kế hoạch thi đua built from the year's plan record (forms.md): I. purposes, II. contents and targets
 * with the schedule of movements and phases and the targets table, III. organisation.
 */
public final class PlanForm {
    private PlanForm() {
    }

    /** What the document is made of: the plan, its programme (may be null), movements, targets and unit names by id. */
    public record Data(Plan plan, Programme programme, List<Movement> movements, List<Target> targets, Map<String, String> unitNames) {
    }

    public static Document build(Issuer issuer, Data data) {
        Plan plan = data.plan();
        // A plan to be numbered by hand shows "Số: … /KH-code", room left before the slash.
        String number = plan.number() == null ? "/" + DocumentType.PLAN.code() + "-" + issuer.unitCode() : plan.number();
        DocumentBuilder builder = DocumentBuilder.issued("Kế hoạch thi đua năm " + plan.year(), issuer, number, plan.issuedOn())
                .title("Kế hoạch", plan.title());
        builder.heading1("I. MỤC ĐÍCH, YÊU CẦU");
        if (!plan.goalLines().isEmpty()) {
            builder.bullets(plan.goalLines());
        }
        builder.heading1("II. NỘI DUNG, CHỈ TIÊU THI ĐUA").heading2("1. Chủ đề, phương châm");
        if (data.programme() != null) {
            builder.paragraph("Thực hiện phong trào thi đua " + data.programme().name() + ", năm " + plan.year() + " là năm thứ "
                    + (plan.year() - data.programme().firstYear() + 1) + " của giai đoạn " + data.programme().firstYear() + " - "
                    + data.programme().lastYear() + ".");
        }
        if (plan.theme() != null) {
            builder.paragraph(Run.bold("Chủ đề: "), Run.italic("\"" + plan.theme() + "\""));
        }
        if (plan.motto() != null) {
            builder.paragraph(Run.bold("Phương châm: "), Run.italic("\"" + plan.motto() + "\""));
        }
        builder.heading2("2. Các phong trào, đợt thi đua");
        int index = 1;
        for (Movement movement : data.movements()) {
            builder.paragraph(Run.bold("2." + index++ + ". " + movement.name() + " "), Run.italic("(" + period(movement) + ")"));
            if (!movement.scopeUnitIds().isEmpty()) {
                builder.paragraph(Run.bold("Phạm vi: "), Run.plain(scope(movement, data.unitNames()) + "."));
            }
            if (movement.content() != null) {
                builder.paragraph(Run.bold("Nội dung: "), Run.plain(movement.content()));
            }
            if (movement.criteria() != null) {
                builder.paragraph(Run.bold("Tiêu chí: "), Run.plain(movement.criteria()));
            }
        }
        builder.heading2("3. Lịch các phong trào, đợt thi đua").table(schedule(data));
        builder.heading2("4. Chỉ tiêu thi đua").table(targets(data));
        builder.heading1("III. TỔ CHỨC THỰC HIỆN").numbered(organisation(plan, data.movements()));
        List<String> recipients = List.of(issuer.superiorBody().isBlank() ? "Cấp trên (để báo cáo);"
                : "Phòng Chính trị " + issuer.superiorBody() + " (để báo cáo);", "Các cơ quan, đơn vị;", "Lưu: VT, CT.");
        return builder.closing(recipients, issuer.commander().signature("")).build();
    }

    private static String period(Movement movement) {
        return "từ " + VietnameseDates.shortForm(movement.start()) + " đến " + VietnameseDates.shortForm(movement.end());
    }

    private static String scope(Movement movement, Map<String, String> names) {
        return movement.scopeUnitIds().isEmpty() ? "Toàn đơn vị"
                : String.join(", ", movement.scopeUnitIds().stream().map(id -> names.getOrDefault(id, id)).sorted(VietnameseNames.textOrder()).toList());
    }

    private static vn.tdkt.doc.Table schedule(Data data) {
        TableBuilder table = TableBuilder.columns(8, 42, 28, 22).header("STT", "Phong trào, đợt thi đua", "Thời gian", "Phạm vi");
        int index = 1;
        for (Movement movement : data.movements()) {
            table.row(Cell.center(Integer.toString(index++)), Cell.text(movement.name()),
                    Cell.center(VietnameseDates.shortForm(movement.start()) + " - " + VietnameseDates.shortForm(movement.end())),
                    Cell.text(scope(movement, data.unitNames())));
        }
        return table.build();
    }

    private static vn.tdkt.doc.Table targets(Data data) {
        TableBuilder table = TableBuilder.columns(8, 52, 20, 20).header("STT", "Chỉ tiêu", "Đơn vị thực hiện", "Mức phấn đấu");
        int index = 1;
        for (Target target : data.targets()) {
            table.row(Cell.center(Integer.toString(index++)), Cell.text(target.text()),
                    Cell.text(target.unitId() == null ? "Toàn đơn vị" : data.unitNames().getOrDefault(target.unitId(), "")),
                    Cell.center(level(target)));
        }
        return table.build();
    }

    /** "≥ 98,6%", "≥ 12", "Hoàn thành" — or nothing for a target that is only text. */
    public static String level(Target target) {
        if (target.targetValue() == null) {
            return "";
        }
        return switch (target.measure()) {
            case PERCENT -> "≥ " + VietnameseNumbers.decimal(target.targetValue(), target.targetValue() % 1 == 0 ? 0 : 1) + "%";
            case COUNT -> "≥ " + VietnameseNumbers.grouped(Math.round(target.targetValue()));
            case YES_NO -> "Hoàn thành";
            case NONE -> "";
        };
    }

    /** A recorded value as the target measures it: "98,7%", "7", "Hoàn thành" / "Chưa hoàn thành"; empty when nothing is recorded. */
    public static String result(Target target, TargetProgress progress) {
        if (progress == null) {
            return "";
        }
        double value = progress.value();
        return switch (target.measure()) {
            case PERCENT -> VietnameseNumbers.decimal(value, value % 1 == 0 ? 0 : 1) + "%";
            case COUNT -> VietnameseNumbers.grouped(Math.round(value));
            case YES_NO -> value >= 1 ? "Hoàn thành" : "Chưa hoàn thành";
            case NONE -> "";
        };
    }

    private static List<String> organisation(Plan plan, List<Movement> movements) {
        List<String> items = new ArrayList<>();
        items.add("Ban Chính trị chủ trì, phối hợp với các cơ quan hướng dẫn, theo dõi, tổng hợp kết quả thi đua hằng tháng, quý.");
        if (plan.registrationDue() != null) {
            items.add("Các cơ quan, đơn vị phổ biến kế hoạch, tổ chức đăng ký thi đua, ký kết giao ước thi đua trong khối; gửi bảng đăng ký về Ban Chính trị trước "
                    + VietnameseDates.inWords(plan.registrationDue()) + ".");
        }
        for (Movement movement : movements) {
            if (movement.kind() != MovementKind.YEAR_ROUND) {
                items.add("Kết thúc " + lowerFirst(movement.name()) + " (" + VietnameseDates.shortForm(movement.end())
                        + "), các đơn vị sơ kết, đề nghị khen thưởng kịp thời.");
            }
        }
        items.add("Cuối năm, các cơ quan, đơn vị tổng kết phong trào thi đua, bình xét danh hiệu thi đua và đề nghị khen thưởng theo quy định.");
        return items;
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
