package vn.tdkt.award;

import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;

/**
 * Eligibility for every title over the whole sample tree (10,000 people at division size), as the page and the
 * command compute it: reading the records of five years, then the rules. The target is 1 s.
 */
final class EligibilityMeasurement implements Measurement {
    private final Supplier<CommendationServices> services;

    EligibilityMeasurement(Supplier<CommendationServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "award.eligibility";
    }

    @Override
    public double run(BenchContext context) {
        EligibilityReport report = services.get().eligibility().report(SampleAwardRecords.YEAR, null, null);
        if (report.titles().isEmpty() || report.titles().getFirst().population() < context.size().people() / 2) {
            throw new IllegalStateException("eligibility saw too few people: " + report.titles());
        }
        return Double.NaN;
    }
}
