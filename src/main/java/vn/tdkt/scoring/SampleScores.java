package vn.tdkt.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.tdkt.core.Progress;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.org.UnitService;

/**
 * The demo's scoring: the sample set, one period a month from January up to the month before today
 * (at least three) for every company, scores drawn from a fixed seed, and the first quarter and the year
 * rolled up from them.
 */
final class SampleScores {
    record Counts(int periods, int scores) {
    }

    private final CriteriaSetService sets;
    private final ScoringService scoring;
    private final UnitService units;

    SampleScores(CriteriaSetService sets, ScoringService scoring, UnitService units) {
        this.sets = sets;
        this.scoring = scoring;
        this.units = units;
    }

    Counts create(LocalDate today, Progress progress) {
        CriteriaSet set = sets.create(SampleCriteriaSet.draft());
        // In tree order (c1, c2, … as the roster shows them), and each company's level drawn from its code: ids are
        // random per folder, so a level taken from them gave every demo different totals and report page breaks.
        List<Unit> companies = units.tree().stream().map(UnitNode::unit).filter(u -> "Đại đội".equals(u.kind()) && !u.dissolved()).toList();
        List<String> members = companies.stream().map(Unit::id).toList();
        if (companies.isEmpty()) {
            return new Counts(0, 0);
        }
        int months = Math.max(3, today.getMonthValue() - 1);
        int year = months >= today.getMonthValue() ? today.getYear() - (today.getMonthValue() <= 3 ? 1 : 0) : today.getYear();
        Random random = new Random(19);
        int scores = 0;
        for (int month = 1; month <= months; month++) {
            progress.checkCancelled();
            progress.update(month, months, null);
            ScoringPeriod period = scoring.openForUnits(set.id(), PeriodKind.MONTH, year, month, members, null);
            List<CellChange> cells = new ArrayList<>();
            for (Unit company : companies) {
                // Each company keeps a steady level with some month-to-month change, so the ranking moves a little.
                double level = 0.72 + 0.2 * ((company.code().hashCode() & 0xff) / 255.0);
                for (Criterion c : set.criteria()) {
                    Double value = switch (c.kind()) {
                        case POINTS -> Math.round(c.maxPoints() * Math.min(1, level + random.nextGaussian() * 0.06) * 2) / 2.0;
                        case THRESHOLD -> Math.round((99.5 + random.nextDouble() * 0.5) * 10) / 10.0;
                        case BONUS -> random.nextInt(6) == 0 ? 1.0 : null;
                        case PENALTY -> random.nextInt(8) == 0 ? 2.0 : null;
                    };
                    if (value != null) {
                        cells.add(new CellChange(company.id(), c.id(), Math.max(0, value), null));
                    }
                }
            }
            scores += scoring.save(period.id(), cells);
            if (month < months) {
                scoring.lock(period.id());
            }
        }
        scoring.openForUnits(set.id(), PeriodKind.QUARTER, year, 1, members, null);
        // The year so far, added up from its months: its ranking over time and its báo cáo kết quả.
        scoring.openForUnits(set.id(), PeriodKind.YEAR, year, 1, members, null);
        return new Counts(months + 2, scores);
    }
}
