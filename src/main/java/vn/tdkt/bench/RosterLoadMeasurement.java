package vn.tdkt.bench;

import vn.tdkt.org.RosterQuery;

/** Every person of the sample as plain records in Vietnamese order, as the roster table loads them. */
final class RosterLoadMeasurement implements Measurement {
    @Override
    public String name() {
        return "roster.load";
    }

    @Override
    public double run(BenchContext context) {
        if (context.app().roster().search(RosterQuery.ALL).size() < context.size().people()) {
            throw new IllegalStateException("roster incomplete");
        }
        return Double.NaN;
    }
}
