package vn.tdkt.award;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.Messages;

/** Who a decision awards, as a chooser or a listing names it: "2 cá nhân", "1 tập thể, 3 cá nhân" — never a side it lacks. */
public final class AwardeeCount {
    private AwardeeCount() {
    }

    public static String of(Decision decision, Messages messages) {
        int collectives = decision.collectives();
        int individuals = decision.awardees().size() - collectives;
        List<String> parts = new ArrayList<>();
        if (collectives > 0) {
            parts.add(messages.get("award.count.collectives", collectives));
        }
        if (individuals > 0) {
            parts.add(messages.get("award.count.people", individuals));
        }
        return String.join(", ", parts);
    }
}
