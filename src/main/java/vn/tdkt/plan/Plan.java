package vn.tdkt.plan;

import java.time.LocalDate;

/**
 * The kế hoạch thi đua of one year: theme (chủ đề), motto (phương châm), goals (mục tiêu, one a line),
 * the document number and date once issued, the registration deadline, and the sơ kết / tổng kết it schedules.
 */
public record Plan(String id, int year, String programmeId, String title, String theme, String motto, String goals,
                   String number, LocalDate issuedOn, LocalDate registrationDue, Review midterm, Review yearEnd) {

    /**
     * A review (sơ kết or tổng kết): its Báo cáo's date and number, and the officer's own lessons (one a line, the
     * report's bullets) and recommendations (one paragraph a line); any of them possibly not set yet.
     */
    public record Review(LocalDate date, String number, String lessons, String recommendations) {
        public static final Review NONE = new Review(null, null);

        /** A review scheduled whose lessons and recommendations are not written yet. */
        public Review(LocalDate date, String number) {
            this(date, number, null, null);
        }

        /**
         * The lessons, one per line, blank lines dropped; a dash or bullet typed before a lesson is dropped too, since
         * the report sets each lesson as a bullet of its own.
         */
        public java.util.List<String> lessonLines() {
            return PlanText.lines(lessons).stream().map(line -> line.replaceFirst("^[-–•+*]\\s*", "")).filter(line -> !line.isEmpty()).toList();
        }

        /** The recommendations, one paragraph per line, blank lines dropped. */
        public java.util.List<String> recommendationParagraphs() {
            return PlanText.lines(recommendations);
        }
    }

    public Plan {
        midterm = midterm == null ? Review.NONE : midterm;
        yearEnd = yearEnd == null ? Review.NONE : yearEnd;
    }

    /** A plan whose reviews are not scheduled yet. */
    public Plan(String id, int year, String programmeId, String title, String theme, String motto, String goals,
                String number, LocalDate issuedOn, LocalDate registrationDue) {
        this(id, year, programmeId, title, theme, motto, goals, number, issuedOn, registrationDue, Review.NONE, Review.NONE);
    }

    /** The goals, one per line, blank lines dropped. */
    public java.util.List<String> goalLines() {
        return PlanText.lines(goals);
    }
}
