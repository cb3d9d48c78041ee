package vn.tdkt.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.settings.Letterhead;

/**
 * Báo cáo kết quả chấm điểm thi đua of a quarter, half-year or year: how it was scored, the ranking with
 * bands, how many members reached each band, and the criteria where the members lost most points. Only
 * figures from the records are written: the assessment (ưu điểm, hạn chế, phương hướng) of a full báo cáo
 * sơ kết is the officer's own text, which no record holds.
 *
 * @param months    the month periods the totals were added up from (empty when the period was scored directly)
 * @param mostLost  criterion → points lost, summed over the members, largest first
 */
public record ScoringReportForm(Letterhead letterhead, ScoreSheet sheet, List<Standing> standings, List<ScoringPeriod> months,
                                List<Map.Entry<Criterion, Double>> mostLost, LocalDate date) {

    public Document build() {
        ScoringPeriod period = sheet.period();
        CriteriaSet set = sheet.set();
        String how = months.isEmpty()
                ? "Điểm được chấm trực tiếp cho " + period.title() + "."
                : "Điểm của kỳ tính từ " + months.size() + " tháng đã chấm (" + String.join(", ", months.stream().map(ScoringPeriod::title).toList())
                        + ") theo cách " + (set.rollUp() == RollUp.SUM ? "cộng điểm các tháng" : "lấy trung bình điểm các tháng") + ".";
        TableBuilder ranking = TableBuilder.columns(2, 5.5f, 2, 2, 2, 2, 3).fontSize(12)
                .header("Hạng", ScoringDocuments.memberHeading(period), "Điểm cơ bản", "Điểm thưởng", "Điểm trừ", "Tổng điểm", "Xếp loại");
        for (Standing s : standings) {
            ranking.row(Cell.center(String.valueOf(s.rank())), Cell.text(s.member().name()), Cell.center(Scores.format(s.totals().base())),
                    Cell.center(Scores.format(s.totals().bonus())), Cell.center(Scores.format(s.totals().penalty())),
                    Cell.center(Scores.format(s.totals().total())).bold(), Cell.center(s.band()));
        }
        Map<String, Integer> perBand = new LinkedHashMap<>();
        set.bands().forEach(b -> perBand.put(b.name(), 0));
        int below = 0;
        for (Standing s : standings) {
            if (s.band().isEmpty()) {
                below++;
            } else {
                perBand.merge(s.band(), 1, Integer::sum);
            }
        }
        List<String> bandLines = new ArrayList<>();
        String noun = ScoringDocuments.memberNoun(period);
        perBand.forEach((band, count) -> bandLines.add(band + ": " + count + " " + noun));
        if (below > 0) {
            bandLines.add("Dưới mức xếp loại thấp nhất: " + below + " " + noun);
        }
        List<String> lost = mostLost.stream().limit(5)
                .map(e -> e.getKey().code() + " – " + e.getKey().name() + ": mất tổng cộng " + Scores.format(e.getValue()) + " điểm").toList();
        var builder = ScoringDocuments.start("Báo cáo kết quả chấm điểm thi đua " + period.title(), letterhead, date)
                .title("Báo cáo", "Kết quả chấm điểm thi đua " + period.title())
                .heading1("I. TÌNH HÌNH CHẤM ĐIỂM")
                .paragraph("Chấm điểm " + standings.size() + " " + noun + " theo " + set.name() + " (phiên bản " + set.version() + "), "
                        + Scores.format(set.maxBase()) + " điểm cơ bản. " + ScoringDocuments.rule(set))
                .paragraph(how)
                .heading1("II. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG")
                .table(ranking.build())
                .paragraph("Kết quả xếp loại:")
                .bullets(bandLines);
        if (!lost.isEmpty()) {
            builder.paragraph("Các tiêu chí " + (period.people() ? "cán bộ, chiến sĩ" : "các đơn vị") + " bị mất nhiều điểm nhất:").bullets(lost);
        }
        return builder
                .closing(List.of("Như trên;", "Lưu: VT, CT."), ScoringDocuments.commander(letterhead))
                .build();
    }
}
