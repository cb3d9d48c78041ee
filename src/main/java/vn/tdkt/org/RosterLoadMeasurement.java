package vn.tdkt.org;

import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;

/** Every person of the sample as plain records in Vietnamese order, as the roster table loads them. */
final class RosterLoadMeasurement implements Measurement {
    private final Supplier<OrgServices> services;

    RosterLoadMeasurement(Supplier<OrgServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "roster.load";
    }

    @Override
    public double run(BenchContext context) {
        if (services.get().roster().search(RosterQuery.ALL).size() < context.size().people()) {
            throw new IllegalStateException("roster incomplete");
        }
        return Double.NaN;
    }
}
