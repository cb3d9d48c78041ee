package vn.tdkt.exemplar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tdkt.award.NomineeModel;
import vn.tdkt.award.SubjectKind;

/**
 * A nominee's ĐHTT model for the award's báo cáo thành tích, as it stood on the report's date: a model discovered
 * later is not cited, the stage is the one reached by then, and the summary only once it was written.
 */
final class ModelsForReports implements NomineeModel {
    private final Supplier<ExemplarService> exemplars;

    ModelsForReports(Supplier<ExemplarService> exemplars) {
        this.exemplars = exemplars;
    }

    @Override
    public Optional<Model> of(SubjectKind kind, String subjectId, LocalDate asOf) {
        if (subjectId == null) {
            return Optional.empty();
        }
        ExemplarService service = exemplars.get();
        return service.cards().stream().map(card -> service.get(card.id()))
                .filter(e -> subjectId.equals(kind == SubjectKind.PERSON ? e.personId() : e.subjectUnitId()))
                .filter(e -> !e.discoveredOn().isAfter(asOf))
                .map(e -> asOf(service.dossier(e.id()), asOf))
                .max(Comparator.comparing(Standing::stage).thenComparing(Standing::on))
                .map(s -> new Model(s.exemplar().field(), s.stage().documentLabel(), s.on(), summary(s.exemplar(), asOf)));
    }

    private record Standing(Exemplar exemplar, Stage stage, LocalDate on) {
    }

    /** The stage the history (in the order recorded) shows on {@code day}: the last move made by then, else where the model began. */
    private static Standing asOf(Dossier dossier, LocalDate day) {
        Exemplar e = dossier.exemplar();
        return dossier.history().stream().filter(c -> !c.on().isAfter(day)).reduce((earlier, later) -> later)
                .map(c -> new Standing(e, c.to(), c.on()))
                .orElseGet(() -> new Standing(e, Stage.DISCOVERED, e.discoveredOn()));
    }

    private static String summary(Exemplar e, LocalDate day) {
        return e.summary() == null || e.summaryOn() == null || e.summaryOn().isAfter(day) ? "" : e.summary().strip();
    }
}
