package vn.tdkt.award;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The ĐHTT (điển hình tiên tiến) dossier a báo cáo thành tích draws on: declared here and implemented by the exemplar
 * feature, which uses award's forms and so cannot be used by award directly (ArchUnit: no package cycles).
 */
@FunctionalInterface
public interface NomineeModel {
    /** For a data folder without ĐHTT records, and for tests of the award records alone. */
    NomineeModel NONE = (kind, subjectId, asOf) -> Optional.empty();

    /** The nominee's model as it stood on {@code asOf} (the furthest stage when there are several); empty when none. */
    Optional<Model> of(SubjectKind kind, String subjectId, LocalDate asOf);

    /**
     * @param field   the mặt công tác, as the dossier names it ("Huấn luyện")
     * @param stage   the stage reached by {@code asOf}, as documents name it ("Tổng kết")
     * @param stageOn the day it reached that stage
     * @param summary the dossier's summary of achievements if written by {@code asOf}, else empty
     */
    record Model(String field, String stage, LocalDate stageOn, String summary) {
    }
}
