package vn.tdkt.exemplar;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.tdkt.core.Messages;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.frame.Watch;

/** The stalled models for the overview: a milestone past its date, or no check for longer than the setting. */
final class StalledWatch implements Watch {
    /** A short list: the overview is a glance; the board shows them all. */
    static final int SHOWN = 10;
    private final Supplier<ExemplarServices> services;

    StalledWatch(Supplier<ExemplarServices> services) {
        this.services = services;
    }

    @Override
    public String titleKey() {
        return "exemplar.watch.stalled";
    }

    @Override
    public List<String> items(Messages messages) {
        List<Card> stalled = services.get().exemplars().stalled();
        List<String> lines = new ArrayList<>();
        for (Card c : stalled.subList(0, Math.min(SHOWN, stalled.size()))) {
            String why = c.overdueMilestones() > 0 ? messages.get("exemplar.flag.overdue", c.overdueMilestones())
                    : c.lastCheckOn() == null ? messages.get("exemplar.watch.neverChecked")
                    : messages.get("exemplar.watch.lastCheck", VietnameseDates.shortForm(c.lastCheckOn()));
            lines.add(messages.get("exemplar.watch.item", c.subjectName(), c.unitName(), c.field(), why));
        }
        if (stalled.size() > SHOWN) {
            lines.add(messages.get("exemplar.watch.more", stalled.size() - SHOWN));
        }
        return lines;
    }
}
