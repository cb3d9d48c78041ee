package vn.tdkt.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tdkt.org.Unit;

/**
 * The bench's scoring load, made once per data folder: a 40-criterion set, 200 units, twelve scored months
 * and the year that rolls them up. Found again by the set's name when a second measurement needs it.
 */
final class BenchScoring {
    static final String NAME = "Bộ tiêu chí đo hiệu năng (40 tiêu chí)";
    static final int UNITS = 200;
    static final int CRITERIA = 40;

    record Load(String yearPeriodId, String monthPeriodId) {
    }

    private BenchScoring() {
    }

    static synchronized Load ensure(ScoringServices services) {
        ScoringService scoring = services.scoring();
        for (CriteriaSet set : services.sets().latest()) {
            if (set.name().equals(NAME)) {
                List<ScoringPeriod> mine = scoring.periods().stream().filter(p -> p.setId().equals(set.id())).toList();
                return new Load(mine.stream().filter(p -> p.kind() == PeriodKind.YEAR).findFirst().orElseThrow().id(),
                        mine.stream().filter(p -> p.kind() == PeriodKind.MONTH).findFirst().orElseThrow().id());
            }
        }
        List<CriteriaGroup> groups = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            List<Criterion> criteria = new ArrayList<>();
            for (int c = 0; c < 9; c++) {
                criteria.add(new Criterion(null, null, "G" + g + "C" + c, "Tiêu chí " + (g * 9 + c + 1), CriterionKind.POINTS, 3, null, null, null));
            }
            criteria.add(new Criterion(null, null, "G" + g + "T", "Chỉ tiêu " + (g + 1), CriterionKind.THRESHOLD, 1, Comparison.GE, 95.0, null));
            groups.add(new CriteriaGroup(null, "Nhóm " + (g + 1), criteria));
        }
        CriteriaSet set = services.sets().create(new CriteriaSet(null, null, 1, NAME, false, RollUp.AVERAGE, TieBreak.BASE, 5.0, 5.0, groups,
                List.of(), List.of(), List.of(new Band("Xuất sắc", 100), new Band("Tốt", 85))));
        List<String> units = services.units().all().stream().map(Unit::id).limit(UNITS).toList();
        Random random = new Random(7);
        int year = 2000;
        String first = null;
        for (int month = 1; month <= 12; month++) {
            ScoringPeriod period = scoring.openForUnits(set.id(), PeriodKind.MONTH, year, month, units, null);
            first = first == null ? period.id() : first;
            List<CellChange> cells = new ArrayList<>();
            for (String unit : units) {
                for (Criterion c : set.criteria()) {
                    double value = c.kind() == CriterionKind.THRESHOLD ? 90 + random.nextInt(10) : random.nextInt(7) / 2.0;
                    cells.add(new CellChange(unit, c.id(), value, null));
                }
            }
            scoring.save(period.id(), cells);
        }
        ScoringPeriod yearPeriod = scoring.openForUnits(set.id(), PeriodKind.YEAR, year, 1, units, null);
        return new Load(yearPeriod.id(), first);
    }
}
