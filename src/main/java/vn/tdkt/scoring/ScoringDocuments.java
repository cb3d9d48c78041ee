package vn.tdkt.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.PageSetup;
import vn.tdkt.doc.Signature;
import vn.tdkt.doc.Table;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.settings.Letterhead;

/** Bảng tổng hợp điểm and Bảng xếp hạng thi đua of a period, built from its records for the document engine. */
public final class ScoringDocuments {
    private ScoringDocuments() {
    }

    /** Bảng xếp hạng thi đua: rank, unit, base, bonus, penalty, total, band. */
    public static Document ranking(Letterhead letterhead, ScoreSheet sheet, List<Standing> standings, LocalDate date) {
        // "Hạng" at 12 pt needs about 2 units of 18 to stay one word in both renderers.
        TableBuilder table = TableBuilder.columns(2, 5.5f, 2, 2, 2, 2, 3).fontSize(12)
                .header("Hạng", memberHeading(sheet.period()), "Điểm cơ bản", "Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp loại");
        for (Standing s : standings) {
            table.row(Cell.center(String.valueOf(s.rank())), Cell.text(s.member().name()), Cell.center(Scores.format(s.totals().base())),
                    Cell.center(Scores.format(s.totals().bonus())), Cell.center(Scores.format(s.totals().penalty())),
                    Cell.center(Scores.format(s.totals().total())).bold(), Cell.center(s.band()));
        }
        return start("Bảng xếp hạng thi đua " + sheet.period().title(), letterhead, date)
                .title("Bảng xếp hạng thi đua", sheet.period().title())
                .paragraph("Bộ tiêu chí: " + sheet.set().name() + " (phiên bản " + sheet.set().version() + "). " + rule(sheet.set()))
                .table(table.build())
                .closing(List.of("Như trên;", "Lưu: VT, CT."), commander(letterhead))
                .build();
    }

    /** Bảng tổng hợp điểm: each member's points per group, bonus, penalty, total and rank, landscape. */
    public static Document summary(Letterhead letterhead, ScoreSheet sheet, List<Standing> standings, LocalDate date) {
        List<CriteriaGroup> groups = sheet.set().groups();
        float[] widths = new float[groups.size() + 6];
        widths[0] = 1;
        widths[1] = 5;
        for (int i = 2; i < widths.length; i++) {
            widths[i] = 2;
        }
        List<Cell> head = new ArrayList<>(List.of(Cell.head("TT"), Cell.head(memberHeading(sheet.period()))));
        groups.forEach(g -> head.add(Cell.head(g.name() + " (" + Scores.format(g.maxPoints()) + ")")));
        List.of("Thưởng", "Trừ", "Tổng", "Hạng").forEach(h -> head.add(Cell.head(h)));
        TableBuilder table = TableBuilder.columns(widths).fontSize(11).headerRow(head.toArray(Cell[]::new));
        int number = 1;
        for (Member member : sheet.members()) {
            Map<String, Double> values = sheet.values(member.id());
            Standing standing = standings.stream().filter(s -> s.member().id().equals(member.id())).findFirst().orElseThrow();
            List<Cell> row = new ArrayList<>(List.of(Cell.center(String.valueOf(number++)), Cell.text(member.name())));
            for (CriteriaGroup group : groups) {
                double points = 0;
                for (Criterion c : group.criteria()) {
                    Double v = values.get(c.id());
                    points += v == null || c.problem(v).isPresent() ? 0 : c.points(v);
                }
                row.add(Cell.center(Scores.format(points)));
            }
            row.add(Cell.center(Scores.format(standing.totals().bonus())));
            row.add(Cell.center(Scores.format(standing.totals().penalty())));
            row.add(Cell.center(Scores.format(standing.totals().total())).bold());
            row.add(Cell.center(String.valueOf(standing.rank())));
            table.row(row.toArray(Cell[]::new));
        }
        Table built = table.build();
        return start("Bảng tổng hợp điểm thi đua " + sheet.period().title(), letterhead, date)
                .page(new PageSetup(PageSetup.decree30().paper(), true, 20, 20, 20, 15))
                .title("Bảng tổng hợp điểm thi đua", sheet.period().title())
                .table(built)
                .closing(List.of("Lưu: VT, CT."), commander(letterhead))
                .build();
    }

    /** The members' column: units, or the people of a unit. */
    static String memberHeading(ScoringPeriod period) {
        return period.people() ? "Họ và tên" : "Đơn vị";
    }

    /** What the members are counted in: "5 đơn vị", "12 người". */
    static String memberNoun(ScoringPeriod period) {
        return period.people() ? "người" : "đơn vị";
    }

    /** "Tổng điểm = điểm cơ bản + điểm thưởng − điểm trừ; điểm thưởng tối đa 3; …", as every scoring form states it. */
    static String rule(CriteriaSet set) {
        return "Tổng điểm = điểm cơ bản + điểm thưởng − điểm trừ"
                + (set.bonusCap() == null ? "" : "; điểm thưởng tối đa " + Scores.format(set.bonusCap()))
                + (set.penaltyCap() == null ? "" : "; điểm trừ tối đa " + Scores.format(set.penaltyCap())) + ".";
    }

    static DocumentBuilder start(String title, Letterhead letterhead, LocalDate date) {
        return DocumentBuilder.create(title, letterhead.unitName())
                .header(letterhead.superiorBody(), letterhead.unitName(), "", letterhead.placeName(), date);
    }

    static Signature commander(Letterhead letterhead) {
        String rank = letterhead.commanderRank();
        return new Signature("", letterhead.commanderTitle(), "", rank == null || rank.isBlank() ? letterhead.commanderName() : rank + " " + letterhead.commanderName());
    }
}
