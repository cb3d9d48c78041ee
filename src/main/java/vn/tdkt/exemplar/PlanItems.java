package vn.tdkt.exemplar;

import java.time.LocalDate;

/** The parts of a model's record that are lists: the plan, the check log, nhân rộng and the stage history. */
public final class PlanItems {
    private PlanItems() {
    }

    /** Lộ trình phấn đấu: the title aimed at in one year. */
    public record Target(int year, String title) {
    }

    /** A step of the kế hoạch bồi dưỡng, with who answers for it; {@code doneOn} null while open. */
    public record Milestone(String id, String title, LocalDate dueOn, String owner, LocalDate doneOn) {
        public boolean overdue(LocalDate today) {
            return doneOn == null && dueOn.isBefore(today);
        }
    }

    /** Support given to the model. */
    public record Support(String id, LocalDate givenOn, SupportKind kind, String description) {
    }

    public enum SupportKind {
        MATERIAL("Vật chất"), MORAL("Tinh thần");

        private final String documentLabel;

        SupportKind(String documentLabel) {
            this.documentLabel = documentLabel;
        }

        public String documentLabel() {
            return documentLabel;
        }

        public String messageKey() {
            return "exemplar.support." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One entry of the check log. */
    public record Check(String id, LocalDate checkedOn, String result, String assessment, String nextStep) {
    }

    /** Where the model was presented or copied, who adopted it, and what came of it. */
    public record Replication(String id, LocalDate heldOn, String event, String adoptedBy, String outcome) {
    }

    /** Press, radio or television coverage. */
    public record Media(String id, String outlet, LocalDate publishedOn, String title) {
    }

    /** One move on the board; {@code from} is null for the discovery itself. */
    public record StageChange(Stage from, Stage to, LocalDate on, String note) {
    }
}
