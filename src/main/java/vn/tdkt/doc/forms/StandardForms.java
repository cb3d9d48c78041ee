package vn.tdkt.doc.forms;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.doc.Document;
import vn.tdkt.settings.Letterhead;

/**
 * Every form the engine delivers, filled from the sample content, for the {@code docs render} command and
 * the preview list of the Văn bản page. Features replace the sample record with their own data.
 */
public final class StandardForms {
    /** One form: a stable id (also its message key "doc.form.ID"), the file name stem and how to build it. */
    public record Form(String id, String fileStem, Function<FormSamples, Document> build) {
        /** "To-trinh-khen-thuong-2026-TrD19": no diacritics in file names, as ui.md asks. */
        public String fileName(Letterhead letterhead, LocalDate date) {
            return VietnameseText.fileSafe(fileStem + "-" + date.getYear() + "-" + letterhead.shortCode());
        }

        public Document build(Letterhead letterhead, LocalDate date) {
            return build.apply(new FormSamples(letterhead, date));
        }
    }

    private StandardForms() {
    }

    public static List<Form> all() {
        return List.of(
                new Form("proposal", "To-trinh-khen-thuong", samples -> ProposalLetterForm.build(samples.letterhead(), samples.proposalLetter())),
                new Form("decision", "Quyet-dinh-khen-thuong", samples -> AwardDecisionForm.build(samples.letterhead(), samples.awardDecision())),
                new Form("minutes", "Bien-ban-hop-Hoi-dong-TDKT", samples -> CouncilMinutesForm.build(samples.letterhead(), samples.councilMinutes())),
                new Form("personalReport", "Bao-cao-thanh-tich-ca-nhan", samples -> AchievementReportForm.build(samples.letterhead(), samples.personalReport())),
                new Form("collectiveReport", "Bao-cao-thanh-tich-tap-the", samples -> AchievementReportForm.build(samples.letterhead(), samples.collectiveReport())),
                new Form("plan", "Ke-hoach-thi-dua", samples -> EmulationPlanForm.build(samples.letterhead(), samples.emulationPlan())),
                new Form("review", "Bao-cao-tong-ket", samples -> ReviewReportForm.build(samples.letterhead(), samples.reviewReport(8, 0))));
    }
}
