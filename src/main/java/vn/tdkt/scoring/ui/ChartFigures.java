package vn.tdkt.scoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.tdkt.scoring.Criterion;
import vn.tdkt.scoring.Member;

/**
 * What the Biểu đồ tab draws for a period, from its records: each member's total over the months of the year,
 * the members' ranks over those months, and the criteria where the last-ranked member lost most points.
 * Members are named and in the period's order, so the tab only turns these into chart series.
 */
public record ChartFigures(List<Line> totals, List<Line> ranks, String lossMember, List<Loss> losses) {
    /** The criteria shown in the losses chart: more than this crowds the axis at 1366 px. */
    static final int LOSSES_SHOWN = 8;

    /** One member's line: a value for each month that was scored. */
    public record Line(String member, List<Point> points) {
    }

    public record Point(int month, double value) {
    }

    /** Points a member lost on one criterion (its maximum less what it earned). */
    public record Loss(String code, String criterion, double points) {
    }

    static ChartFigures of(List<Member> members, Map<String, Map<Integer, Double>> monthlyTotals,
                           Map<String, Map<Integer, Integer>> monthlyRanks, String lossMember, List<Map.Entry<Criterion, Double>> pointsLost) {
        List<Line> totals = new ArrayList<>();
        List<Line> ranks = new ArrayList<>();
        for (Member member : members) {
            totals.add(new Line(member.name(), monthlyTotals.getOrDefault(member.id(), Map.of()).entrySet().stream()
                    .map(e -> new Point(e.getKey(), e.getValue())).toList()));
            ranks.add(new Line(member.name(), monthlyRanks.getOrDefault(member.id(), Map.of()).entrySet().stream()
                    .map(e -> new Point(e.getKey(), e.getValue())).toList()));
        }
        List<Loss> losses = pointsLost.stream().limit(LOSSES_SHOWN)
                .map(e -> new Loss(e.getKey().code(), e.getKey().name(), e.getValue())).toList();
        return new ChartFigures(totals, ranks, lossMember, losses);
    }
}
