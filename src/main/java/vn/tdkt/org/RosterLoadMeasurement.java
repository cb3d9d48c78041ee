package vn.tdkt.org;

import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;

/**
 * Opening the roster: with {@code all} false, the first page of the largest unit (the whole sample,
 * in Vietnamese order), which is what the table waits for; with {@code all} true, every person as the
 * table then loads them in the background.
 */
final class RosterLoadMeasurement implements Measurement {
    private final Supplier<OrgServices> services;
    private final boolean all;

    RosterLoadMeasurement(Supplier<OrgServices> services, boolean all) {
        this.services = services;
        this.all = all;
    }

    @Override
    public String name() {
        return all ? "roster.loadAll" : "roster.load";
    }

    @Override
    public double run(BenchContext context) {
        RosterService roster = services.get().roster();
        int wanted = all ? context.size().people() : RosterService.FIRST_PAGE;
        if (roster.page(RosterQuery.ALL, 0, all ? Integer.MAX_VALUE : RosterService.FIRST_PAGE).size() < wanted) {
            throw new IllegalStateException("roster incomplete");
        }
        return Double.NaN;
    }
}
