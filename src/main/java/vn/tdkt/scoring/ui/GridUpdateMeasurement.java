package vn.tdkt.scoring.ui;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;
import vn.tdkt.core.Messages;
import vn.tdkt.scoring.CriteriaGroup;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.Criterion;
import vn.tdkt.scoring.CriterionKind;
import vn.tdkt.scoring.Member;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.RollUp;
import vn.tdkt.scoring.ScoreSheet;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.scoring.TieBreak;

/**
 * One value typed into a 30-member × 40-criterion grid, with that row's total and every rank updated:
 * the time per keystroke, as the mean of 1 000 edits (one edit alone is below the clock's resolution).
 */
public final class GridUpdateMeasurement implements Measurement {
    private static final int EDITS = 1000;
    private ScoreGridModel grid;

    @Override
    public String name() {
        return "scoring.gridEdit";
    }

    @Override
    public void setUp(BenchContext context) {
        List<Criterion> criteria = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            criteria.add(new Criterion("c" + c, "g", "C" + c, "Tiêu chí " + c, CriterionKind.POINTS, 5, null, null, null));
        }
        CriteriaSet set = new CriteriaSet("s", "s", 1, "Đo", false, RollUp.AVERAGE, TieBreak.SHARED, null, null,
                List.of(new CriteriaGroup("g", "Nhóm", criteria)), List.of(), List.of(), List.of());
        List<Member> members = new ArrayList<>();
        for (int m = 0; m < 30; m++) {
            members.add(new Member("m" + m, "c" + m, "Đại đội " + m));
        }
        grid = new ScoreGridModel(new ScoreSheet(new ScoringPeriod("p", "s", PeriodKind.MONTH, 2026, 1, "Tháng 1/2026", null, false, false),
                set, members, java.util.Map.of()), Messages.vietnamese());
    }

    @Override
    public double run(BenchContext context) {
        long start = System.nanoTime();
        for (int i = 0; i < EDITS; i++) {
            grid.type(i % 30, i % 40, String.valueOf(i % 6));
        }
        return (System.nanoTime() - start) / 1e6 / EDITS;
    }
}
