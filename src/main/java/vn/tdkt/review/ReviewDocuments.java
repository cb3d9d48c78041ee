package vn.tdkt.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.doc.Contradiction;
import vn.tdkt.doc.FormSource;
import vn.tdkt.doc.Issuer;
import vn.tdkt.plan.Plan;

/** The Báo cáo sơ kết and tổng kết as forms: one choice per plan that sets the review's date, with its check. */
public final class ReviewDocuments {
    private final ReviewService reviews;
    private final Supplier<Issuer> issuer;

    public ReviewDocuments(ReviewService reviews, Supplier<Issuer> issuer) {
        this.reviews = reviews;
        this.issuer = issuer;
    }

    public List<FormSource> forms() {
        return List.of(form(ReviewKind.MIDTERM), form(ReviewKind.YEAR_END));
    }

    private FormSource form(ReviewKind kind) {
        return new FormSource(kind.formId(), kind.fileStem(), "review.missing." + kind.formId(),
                () -> reviews.scheduled(kind).stream().map(p -> new FormSource.Choice(p.id(), "Năm " + p.year() + " — "
                        + (kind.of(p).number() == null ? "" : "số " + kind.of(p).number() + ", ") + VietnameseDates.shortForm(kind.of(p).date()),
                        Integer.toString(p.year()))).toList(),
                planId -> ReviewForm.build(issuer.get(), reviews.facts(planId, kind)),
                planId -> check(reviews.plan(planId), kind));
    }

    /**
     * A review reports on the plan it carries out, so it is dated on or after the plan; the sơ kết comes before the
     * tổng kết; and it is not issued without the officer's lessons and recommendations.
     */
    public static List<Contradiction> check(Plan plan, ReviewKind kind) {
        List<Contradiction> found = new ArrayList<>();
        Plan.Review review = kind.of(plan);
        if (review.date() == null) {
            return found;
        }
        if (plan.issuedOn() != null && review.date().isBefore(plan.issuedOn())) {
            found.add(Contradiction.of("review.check.beforePlan", kind.label().toLowerCase(java.util.Locale.ROOT), plan.year(), VietnameseDates.shortForm(review.date()),
                    plan.number() == null ? "năm " + plan.year() : "số " + plan.number(), VietnameseDates.shortForm(plan.issuedOn())));
        }
        if (kind == ReviewKind.YEAR_END && plan.midterm().date() != null && !plan.midterm().date().isBefore(review.date())) {
            found.add(Contradiction.of("review.check.afterYearEnd", plan.year(), VietnameseDates.shortForm(plan.midterm().date()),
                    VietnameseDates.shortForm(review.date())));
        }
        if (review.lessonLines().isEmpty()) {
            found.add(Contradiction.of("review.check.noLessons", kind.label().toLowerCase(java.util.Locale.ROOT), plan.year()));
        }
        if (review.recommendationParagraphs().isEmpty()) {
            found.add(Contradiction.of("review.check.noRecommendations", kind.label().toLowerCase(java.util.Locale.ROOT), plan.year()));
        }
        return found;
    }
}
