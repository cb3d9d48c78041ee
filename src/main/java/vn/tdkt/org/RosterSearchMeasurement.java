package vn.tdkt.org;

import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;

/**
 * One keystroke of the roster search box over the whole sample (30,000 people for --size large):
 * "nguyen van h", the first page the table shows, in Vietnamese order.
 */
final class RosterSearchMeasurement implements Measurement {
    private final Supplier<OrgServices> services;

    RosterSearchMeasurement(Supplier<OrgServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "roster.search";
    }

    @Override
    public int warmups() {
        return 5;
    }

    @Override
    public int runs() {
        return 20;
    }

    @Override
    public double run(BenchContext context) {
        if (services.get().roster().page(RosterQuery.text("nguyen van h"), 0, RosterService.FIRST_PAGE).isEmpty()) {
            throw new IllegalStateException("search found nobody");
        }
        return Double.NaN;
    }
}
