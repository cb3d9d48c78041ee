package vn.tdkt.review;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.plan.Movement;
import vn.tdkt.plan.Plan;
import vn.tdkt.plan.Programme;
import vn.tdkt.plan.TargetView;
import vn.tdkt.scoring.Standing;

/**
 * What a Báo cáo sơ kết / tổng kết reports, read from the records as they stood on the review's date: the plan and
 * its movements, the targets with the progress recorded by then, the scoring rankings of the stretch, the award
 * decisions issued by then, and the models of the exemplar work with their stage on that day.
 *
 * @param programme may be null (a plan outside any programme)
 */
public record ReviewFacts(ReviewKind kind, Plan plan, Programme programme, LocalDate date, String number, List<Movement> movements,
                          List<TargetView> targets, List<Ranking> rankings, List<Award> awards, List<Model> models) {

    /** A scoring period's ranking, best total first. */
    public record Ranking(String periodTitle, List<Standing> standings) {
    }

    /** A title or form one award decision gives: the decision's number and date, how many collectives and people receive it. */
    public record Award(String award, String decisionNumber, LocalDate decisionDate, int collectives, int people) {
    }

    /** A model (điển hình) and the stage it had reached on the review's date. */
    public record Model(String name, String unitName, String field, String stage) {
    }
}
