package vn.tdkt.scoring;

import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;

/** The year's ranking of 200 units computed from twelve months of 40 criteria, read from the database. */
final class RankingMeasurement implements Measurement {
    private final Supplier<ScoringServices> services;
    private BenchScoring.Load load;

    RankingMeasurement(Supplier<ScoringServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "scoring.ranking";
    }

    @Override
    public void setUp(BenchContext context) {
        load = BenchScoring.ensure(services.get());
    }

    @Override
    public double run(BenchContext context) {
        if (services.get().scoring().ranking(load.yearPeriodId()).isEmpty()) {
            throw new IllegalStateException("the bench period has no units");
        }
        return Double.NaN;
    }
}
