package vn.tdkt.review;

import java.util.List;
import vn.tdkt.award.AwardFeature;
import vn.tdkt.core.Lazy;
import vn.tdkt.doc.FormSource;
import vn.tdkt.exemplar.ExemplarFeature;
import vn.tdkt.frame.Feature;
import vn.tdkt.plan.PlanFeature;
import vn.tdkt.scoring.ScoringFeature;
import vn.tdkt.settings.SettingsFeature;

/**
 * Sơ kết / tổng kết: the reports that read the plan, scoring, ĐHTT and award records together. Its own package
 * because scoring already depends on the plan, so the plan cannot read scoring without a cycle. It has no page:
 * the review dates are set on the plan page and the reports are chosen on the Văn bản page.
 */
public final class ReviewFeature implements Feature {
    private final Lazy<ReviewDocuments> documents;

    public ReviewFeature(SettingsFeature settings, PlanFeature plan, ScoringFeature scoring, ExemplarFeature exemplars, AwardFeature awards) {
        this.documents = Lazy.of(() -> new ReviewDocuments(new ReviewService(plan.services().plans(), scoring.services().scoring(),
                awards.dossiers(), exemplars.services().exemplars()), () -> settings.service().letterheadForDocuments().issuer()));
    }

    @Override
    public List<FormSource> forms() {
        return documents.get().forms();
    }
}
