package vn.tdkt.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.PageBreak;
import vn.tdkt.doc.PageSetup;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.settings.Letterhead;

/**
 * Bảng chấm điểm thi đua of one period, as a summary table or one page per member. The table: every member's
 * value in every criterion (the criteria by code, their names and maxima listed under it), bonus, penalty,
 * total and rank; landscape, since a company-level set has some twenty columns. A page per member: the
 * criteria down with their limits and the member's values, then its totals, rank and band. A quarter or year
 * without values of its own shows the roll-up totals and ranks with its criterion values empty, as there is
 * nothing scored in it directly.
 */
public record ScoreSheetForm(Letterhead letterhead, ScoreSheet sheet, List<Standing> standings, LocalDate date) {

    public Document build() {
        List<Criterion> criteria = sheet.set().criteria();
        float[] widths = new float[criteria.size() + 6];
        widths[0] = 1;
        widths[1] = 4.5f;
        for (int i = 2; i < widths.length; i++) {
            // "Thưởng" and a total like "78,5" need more room than a criterion's value.
            widths[i] = i < widths.length - 4 ? 1.3f : 1.9f;
        }
        List<Cell> head = new ArrayList<>(List.of(Cell.head("TT"), Cell.head(ScoringDocuments.memberHeading(sheet.period()))));
        criteria.forEach(c -> head.add(Cell.head(c.code())));
        List.of("Thưởng", "Trừ", "Tổng", "Hạng").forEach(h -> head.add(Cell.head(h)));
        TableBuilder table = TableBuilder.columns(widths).fontSize(9).headerRow(head.toArray(Cell[]::new));
        Map<String, Standing> byMember = new HashMap<>();
        standings.forEach(s -> byMember.put(s.member().id(), s));
        int number = 1;
        for (Member member : sheet.members()) {
            Map<String, Double> values = sheet.values(member.id());
            Standing standing = byMember.get(member.id());
            List<Cell> row = new ArrayList<>(List.of(Cell.center(String.valueOf(number++)), Cell.text(member.name())));
            criteria.forEach(c -> row.add(Cell.center(values.containsKey(c.id()) ? Scores.format(values.get(c.id())) : "")));
            row.add(Cell.center(Scores.format(standing.totals().bonus())));
            row.add(Cell.center(Scores.format(standing.totals().penalty())));
            row.add(Cell.center(Scores.format(standing.totals().total())).bold());
            row.add(Cell.center(String.valueOf(standing.rank())));
            table.row(row.toArray(Cell[]::new));
        }
        List<String> legend = new ArrayList<>();
        for (CriteriaGroup group : sheet.set().groups()) {
            group.criteria().forEach(c -> legend.add(c.code() + ": " + c.name() + " (" + group.name() + "; " + c.limit()
                    + (c.kind() == CriterionKind.THRESHOLD ? ", đạt được " + Scores.format(c.maxPoints()) + " điểm" : " điểm") + ")"));
        }
        sheet.set().bonuses().forEach(c -> legend.add(c.code() + ": " + c.name() + " (điểm thưởng, " + c.limit() + ")"));
        sheet.set().penalties().forEach(c -> legend.add(c.code() + ": " + c.name() + " (điểm trừ, " + c.limit() + ")"));
        return ScoringDocuments.start("Bảng chấm điểm thi đua " + sheet.period().title(), letterhead, date)
                .page(new PageSetup(PageSetup.decree30().paper(), true, 20, 20, 20, 15))
                .title("Bảng chấm điểm thi đua", sheet.period().title())
                .paragraph("Bộ tiêu chí: " + sheet.set().name() + " (phiên bản " + sheet.set().version() + "). " + ScoringDocuments.rule(sheet.set()))
                .table(table.build())
                // The legend starts its own page: run on under the table, Word and our PDF broke it a line apart.
                .add(new PageBreak())
                .paragraph("Mã tiêu chí:")
                .bullets(legend)
                .closing(List.of("Lưu: VT, CT."), ScoringDocuments.commander(letterhead))
                .build();
    }

    /** One page per member, each headed by the member's name, for the member to check and sign off its own scores. */
    public Document buildPerMember() {
        var builder = ScoringDocuments.start("Bảng chấm điểm thi đua " + sheet.period().title(), letterhead, date)
                .title("Bảng chấm điểm thi đua", sheet.period().title())
                .paragraph("Bộ tiêu chí: " + sheet.set().name() + " (phiên bản " + sheet.set().version() + "). " + ScoringDocuments.rule(sheet.set()));
        Map<String, Standing> byMember = new HashMap<>();
        standings.forEach(s -> byMember.put(s.member().id(), s));
        boolean first = true;
        for (Member member : sheet.members()) {
            if (!first) {
                builder.add(new PageBreak());
            }
            first = false;
            Standing standing = byMember.get(member.id());
            Map<String, Double> values = sheet.values(member.id());
            TableBuilder table = TableBuilder.columns(1.6f, 9, 3, 2).fontSize(11).header("Ký hiệu", "Tiêu chí", "Tối đa / chỉ tiêu", "Điểm");
            for (Criterion c : sheet.set().criteria()) {
                table.row(Cell.center(c.code()), Cell.text(c.name()), Cell.center(c.limit()),
                        Cell.center(values.containsKey(c.id()) ? Scores.format(values.get(c.id())) : ""));
            }
            builder.heading1(ScoringDocuments.memberHeading(sheet.period()) + ": " + member.name())
                    .table(table.build())
                    .paragraph("Điểm cơ bản " + Scores.format(standing.totals().base()) + "; điểm thưởng " + Scores.format(standing.totals().bonus())
                            + "; điểm trừ " + Scores.format(standing.totals().penalty()) + "; tổng điểm " + Scores.format(standing.totals().total())
                            + "; xếp hạng " + standing.rank() + "/" + standings.size()
                            + (standing.band().isEmpty() ? "." : "; xếp loại " + standing.band() + "."));
        }
        return builder.closing(List.of("Lưu: VT, CT."), ScoringDocuments.commander(letterhead)).build();
    }
}
