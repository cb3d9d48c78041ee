package vn.tdkt.exemplar;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;
import vn.tdkt.org.OrgServices;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;

/**
 * The board's data with 500 models (each with two milestones and three checks): the one query, the
 * stall rule and the grouping into the four columns, as the page loads it off the FX thread.
 */
final class BoardMeasurement implements Measurement {
    static final int MODELS = 500;
    private final Supplier<ExemplarServices> services;
    private final Supplier<OrgServices> org;

    BoardMeasurement(Supplier<ExemplarServices> services, Supplier<OrgServices> org) {
        this.services = services;
        this.org = org;
    }

    @Override
    public String name() {
        return "exemplar.board500";
    }

    @Override
    public void setUp(BenchContext context) {
        ExemplarService exemplars = services.get().exemplars();
        List<RosterEntry> people = org.get().roster().search(RosterQuery.ALL);
        LocalDate today = exemplars.today();
        context.kernel().database().transaction(() -> {
            for (int i = exemplars.cards().size(); i < MODELS; i++) {
                Exemplar e = exemplars.discover(Discovery.ofPerson(people.get(i % people.size()).person().id(), exemplars.fields().get(i % 7),
                        "Kết quả huấn luyện nổi bật", "Ban Chính trị", today.minusDays(200 + i % 50), List.of()));
                if (i % 4 != 0) {
                    exemplars.move(e.id(), Stage.NURTURING, today.minusDays(150), "Kế hoạch bồi dưỡng");
                }
                exemplars.addMilestone(e.id(), "Mốc 1", today.minusDays(i % 3 == 0 ? 10 : -30), "Chính trị viên");
                exemplars.addMilestone(e.id(), "Mốc 2", today.plusDays(60), "Chính trị viên");
                for (int c = 0; c < 3; c++) {
                    exemplars.addCheck(e.id(), today.minusDays(140 - 40L * c - i % 20), "Đạt yêu cầu", null, null);
                }
            }
        });
    }

    @Override
    public double run(BenchContext context) {
        List<Card> cards = services.get().exemplars().cards();
        var columns = cards.stream().collect(java.util.stream.Collectors.groupingBy(Card::stage));
        if (cards.size() < MODELS || columns.isEmpty()) {
            throw new IllegalStateException("board incomplete: " + cards.size());
        }
        return Double.NaN;
    }
}
