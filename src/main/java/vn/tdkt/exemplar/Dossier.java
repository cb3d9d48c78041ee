package vn.tdkt.exemplar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import vn.tdkt.exemplar.PlanItems.Check;
import vn.tdkt.exemplar.PlanItems.Media;
import vn.tdkt.exemplar.PlanItems.Milestone;
import vn.tdkt.exemplar.PlanItems.Replication;
import vn.tdkt.exemplar.PlanItems.StageChange;
import vn.tdkt.exemplar.PlanItems.Support;
import vn.tdkt.exemplar.PlanItems.Target;

/** Everything recorded about one model, in the order the hồ sơ tells it. */
public record Dossier(Exemplar exemplar, List<StageChange> history, List<Target> targets, List<Milestone> milestones,
                      List<Support> support, List<Check> checks, List<Replication> replications, List<Media> media,
                      List<Evidence> evidence) {

    /**
     * The day of the latest entry the hồ sơ reports (discovery, stage moves, checks, support, completed milestones,
     * the summary, nhân rộng, media, the dossier marked complete): the documents are dated on it, so the same hồ sơ
     * prints the same date tomorrow, and never a date before what it tells.
     */
    public LocalDate lastRecordedOn() {
        Stream<LocalDate> dates = Stream.of(
                Stream.of(exemplar.discoveredOn(), exemplar.stageOn(), exemplar.summaryOn(), exemplar.readyOn()),
                history.stream().map(StageChange::on), checks.stream().map(Check::checkedOn), support.stream().map(Support::givenOn),
                milestones.stream().map(Milestone::doneOn), replications.stream().map(Replication::heldOn),
                media.stream().map(Media::publishedOn)).flatMap(s -> s);
        return dates.filter(Objects::nonNull).max(Comparator.naturalOrder()).orElseThrow();
    }
}
