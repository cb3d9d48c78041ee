package vn.tdkt.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tdkt.award.Decision;
import vn.tdkt.award.DossierService;
import vn.tdkt.core.AppException;
import vn.tdkt.exemplar.Card;
import vn.tdkt.exemplar.ExemplarService;
import vn.tdkt.exemplar.PlanItems;
import vn.tdkt.exemplar.Stage;
import vn.tdkt.plan.Plan;
import vn.tdkt.plan.PlanService;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.scoring.ScoringService;

/**
 * Reads what a sơ kết / tổng kết reports from the other features' records, as they stood on the review's date, so
 * the same report comes out tomorrow: progress recorded later, decisions issued later and stages reached later
 * are left out.
 */
public final class ReviewService {
    private final PlanService plans;
    private final ScoringService scoring;
    private final DossierService dossiers;
    private final ExemplarService exemplars;

    public ReviewService(PlanService plans, ScoringService scoring, DossierService dossiers, ExemplarService exemplars) {
        this.plans = plans;
        this.scoring = scoring;
        this.dossiers = dossiers;
        this.exemplars = exemplars;
    }

    /** The plans that set a date for this review, newest year first. */
    public List<Plan> scheduled(ReviewKind kind) {
        return plans.plans().stream().filter(p -> kind.of(p).date() != null).sorted(Comparator.comparingInt(Plan::year).reversed()).toList();
    }

    public Plan plan(String planId) {
        return plans.plan(planId);
    }

    public ReviewFacts facts(String planId, ReviewKind kind) {
        Plan plan = plans.plan(planId);
        LocalDate date = kind.of(plan).date();
        if (date == null) {
            throw new AppException("review.missing.date", kind.label(), plan.year());
        }
        return new ReviewFacts(kind, plan, plans.programmes().stream().filter(g -> g.id().equals(plan.programmeId())).findFirst().orElse(null),
                date, kind.of(plan).number(), plans.movements(plan.id()).stream().filter(m -> !m.start().isAfter(date)).toList(),
                plans.targetViewsAsOf(plan.id(), date), rankings(plan.year(), kind, date), awards(plan.year(), date), models(date));
    }

    /**
     * The rankings of the stretch reviewed: the periods covering exactly that stretch (the first half-year, the year)
     * when they exist; otherwise the latest periods inside it that had ended by the review's date, the longest first
     * among those ending on the same day. Units only: a person's ranking belongs to the unit's own report.
     */
    private List<ReviewFacts.Ranking> rankings(int year, ReviewKind kind, LocalDate date) {
        List<ScoringPeriod> ofYear = scoring.periods().stream().filter(p -> p.year() == year && !p.people()).toList();
        List<ScoringPeriod> chosen = ofYear.stream()
                .filter(p -> p.kind().firstMonth(p.number()) == 1 && p.kind().lastMonth(p.number()) == kind.months()).toList();
        if (chosen.isEmpty()) {
            List<ScoringPeriod> ended = ofYear.stream().filter(p -> p.kind().lastMonth(p.number()) <= kind.months()
                    && !java.time.YearMonth.of(year, p.kind().lastMonth(p.number())).atEndOfMonth().isAfter(date)).toList();
            ScoringPeriod best = ended.stream().max(Comparator.comparingInt((ScoringPeriod p) -> p.kind().lastMonth(p.number()))
                    .thenComparingInt(p -> 12 / p.kind().perYear())).orElse(null);
            chosen = best == null ? List.of() : ended.stream().filter(p -> p.kind() == best.kind() && p.number() == best.number()).toList();
        }
        return chosen.stream().map(p -> new ReviewFacts.Ranking(p.title(), scoring.ranking(p.id()))).toList();
    }

    /** The titles and forms given by the award decisions issued in the plan's year up to the review's date, oldest first. */
    private List<ReviewFacts.Award> awards(int year, LocalDate date) {
        List<ReviewFacts.Award> awards = new ArrayList<>();
        for (Decision decision : dossiers.decisions().stream().filter(d -> d.date().getYear() == year && !d.date().isAfter(date))
                .sorted(Comparator.comparing(Decision::date)).toList()) {
            // One line per title or form the decision gives (its awardees' ballots name it), in the order they are listed.
            Map<String, List<Decision.Awardee>> byAward = decision.awardees().stream()
                    .collect(Collectors.groupingBy(a -> a.vote().award(), LinkedHashMap::new, Collectors.toList()));
            byAward.forEach((award, awardees) -> {
                int collectives = (int) awardees.stream().filter(a -> a.vote().collective()).count();
                awards.add(new ReviewFacts.Award(award, decision.decision().number(), decision.date(), collectives, awardees.size() - collectives));
            });
        }
        return awards;
    }

    /** The models discovered by the review's date, each with the stage it had reached that day. */
    private List<ReviewFacts.Model> models(LocalDate date) {
        List<ReviewFacts.Model> models = new ArrayList<>();
        for (Card card : exemplars.cards()) {
            if (card.discoveredOn() == null || card.discoveredOn().isAfter(date)) {
                continue;
            }
            // The history is in the order the stages were moved; the last move made by that day is where the model stood.
            Stage stage = exemplars.history(card.id()).stream().filter(c -> !c.on().isAfter(date))
                    .reduce((earlier, later) -> later).map(PlanItems.StageChange::to).orElse(Stage.DISCOVERED);
            models.add(new ReviewFacts.Model(card.subjectName(), card.unitName(), card.field(), stage.documentLabel()));
        }
        return models;
    }
}
