package vn.tdkt.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.scoring.ScoringPeriodRepository.Cell;

/** A period as it is scored: its set, its members and the stored cells (member id → criterion id → cell). */
public record ScoreSheet(ScoringPeriod period, CriteriaSet set, List<Member> members, Map<String, Map<String, Cell>> cells) {

    public Cell cell(String memberId, String criterionId) {
        return cells.getOrDefault(memberId, Map.of()).get(criterionId);
    }

    /** A member's values by criterion id. */
    public Map<String, Double> values(String memberId) {
        Map<String, Double> values = new HashMap<>();
        cells.getOrDefault(memberId, Map.of()).forEach((criterion, cell) -> {
            if (cell.value() != null) {
                values.put(criterion, cell.value());
            }
        });
        return values;
    }

    public Map<String, Totals> totals() {
        Map<String, Totals> totals = new HashMap<>();
        members.forEach(m -> totals.put(m.id(), Scores.totals(set, values(m.id()))));
        return totals;
    }

    public boolean hasValues() {
        return cells.values().stream().anyMatch(row -> row.values().stream().anyMatch(c -> c.value() != null));
    }
}
