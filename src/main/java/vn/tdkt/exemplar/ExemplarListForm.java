package vn.tdkt.exemplar;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Signature;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.settings.Letterhead;

/** Danh sách điển hình tiên tiến: one table per unit, the models by field, with their stage. */
public final class ExemplarListForm {
    private ExemplarListForm() {
    }

    /** {@code cards} as {@link ExemplarService#cards()} gives them; units appear in the order of their first model. */
    public static Document build(Letterhead letterhead, List<Card> cards, LocalDate date) {
        DocumentBuilder b = DocumentBuilder.create("Danh sách điển hình tiên tiến năm " + date.getYear(), letterhead.unitName())
                .header(letterhead.superiorBody(), letterhead.unitName(), null, letterhead.placeName(), date)
                .title("Danh sách", "Điển hình tiên tiến năm " + date.getYear());
        Map<String, List<Card>> byUnit = new LinkedHashMap<>();
        cards.stream().sorted(java.util.Comparator.comparing(Card::unitName, vn.tdkt.core.VietnameseNames.textOrder()))
                .forEach(c -> byUnit.computeIfAbsent(c.unitName(), u -> new java.util.ArrayList<>()).add(c));
        if (byUnit.isEmpty()) {
            b.paragraph("Đơn vị chưa có điển hình tiên tiến nào được phát hiện.");
        }
        int section = 1;
        for (Map.Entry<String, List<Card>> unit : byUnit.entrySet()) {
            b.heading2(section++ + ". " + unit.getKey() + " (" + unit.getValue().size() + " điển hình)");
            TableBuilder t = TableBuilder.columns(7, 33, 24, 16, 20).header("TT", "Điển hình", "Mặt công tác", "Giai đoạn", "Ghi chú");
            int n = 1;
            List<Card> rows = unit.getValue().stream()
                    .sorted(java.util.Comparator.comparing(Card::field, vn.tdkt.core.VietnameseNames.textOrder())
                            .thenComparing(Card::subjectName, vn.tdkt.core.VietnameseNames.nameOrder()))
                    .toList();
            for (Card c : rows) {
                t.row(Cell.center(Integer.toString(n++)), Cell.text(c.subjectName()), Cell.text(c.field()), Cell.center(c.stage().documentLabel()),
                        Cell.text(note(c, date)));
            }
            b.table(t.build());
        }
        b.paragraph("Tổng số: " + cards.size() + " điển hình; " + stageCounts(cards) + ".");
        Signature commander = new Signature("", letterhead.commanderTitle(), "(Ký, đóng dấu)",
                DossierForm.rankAndName(letterhead.commanderRank(), letterhead.commanderName()));
        return b.closing(List.of(), commander).build();
    }

    private static String note(Card c, LocalDate date) {
        if (c.ready()) {
            return "Hồ sơ đã hoàn chỉnh";
        }
        if (c.overdueMilestones() > 0) {
            return c.overdueMilestones() + " mốc quá hạn";
        }
        if (c.stalledForChecks()) {
            return c.lastCheckOn() == null ? "Chưa kiểm tra" : "Kiểm tra lần cuối " + VietnameseDates.shortForm(c.lastCheckOn());
        }
        return "";
    }

    private static String stageCounts(List<Card> cards) {
        StringBuilder text = new StringBuilder();
        for (Stage stage : Stage.values()) {
            long count = cards.stream().filter(c -> c.stage() == stage).count();
            text.append(text.isEmpty() ? "" : ", ").append(stage.documentLabel().toLowerCase(java.util.Locale.ROOT)).append(' ').append(count);
        }
        return text.toString();
    }
}
