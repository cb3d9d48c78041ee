package vn.tdkt.exemplar;

import java.util.List;
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
}
