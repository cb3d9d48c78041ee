package vn.tdkt.award;

import java.time.LocalDate;
import java.util.List;

/**
 * The scoring figures a báo cáo thành tích reports for a nominee's year. Declared here and implemented by the scoring
 * feature, which the root hands to {@link AwardFeature}: award must not depend on the features that build on it.
 */
@FunctionalInterface
public interface NomineeScores {
    /** For a data folder without scoring, and for tests of the award records alone. */
    NomineeScores NONE = (kind, subjectId, asOf) -> List.of();

    /**
     * The figures of the periods of {@code asOf}'s year that began by {@code asOf}; a person not scored on their own
     * gets the figures of the nearest unit above them that was. Empty when nothing was scored.
     */
    List<Figure> of(SubjectKind kind, String subjectId, LocalDate asOf);

    /**
     * One period's result.
     *
     * @param scoredName whose score it is: the nominee, or the unit a person serves in
     * @param own        true when the nominee was scored, false for the unit of a person
     * @param period     the period as a report names it: "năm 2026 (tổng hợp từ tháng 1 đến tháng 10)"
     * @param rank       the place among the {@code ranked} members of the period, ties sharing a place
     * @param band       the band the total reached ("Xuất sắc"), empty below the lowest
     */
    record Figure(String scoredName, boolean own, String period, double total, int rank, int ranked, String band) {
    }
}
