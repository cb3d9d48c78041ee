package vn.tdkt.bench;

import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;

/**
 * One keystroke of the roster search box over the whole sample (30,000 people for --size large):
 * "nguyen van h", the first page the table shows, in Vietnamese order.
 */
final class RosterSearchMeasurement implements Measurement {
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
        if (context.app().roster().page(RosterQuery.text("nguyen van h"), 0, RosterService.FIRST_PAGE).isEmpty()) {
            throw new IllegalStateException("search found nobody");
        }
        return Double.NaN;
    }
}
