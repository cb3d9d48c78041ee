package vn.tdkt.doc.forms;

import java.time.LocalDate;
import java.util.List;

/**
 * What a Báo cáo thành tích says, for a person or a collective (Decree 152/2025's templates): the
 * profile lines of section I, the achievement paragraphs of section II and the two tables of section III.
 *
 * @param profile     section I as "label: value" pairs (Họ tên…, Sinh ngày… / Đặc điểm, tình hình…)
 * @param duties      II.1: duties (person) or results of the duties (collective)
 * @param achievements II.2: achievements with figures, initiatives, topics
 * @param results     for a collective, the target table comparing the years (header row first); empty for a person
 */
public record AchievementReport(boolean collective, String subjectName, String award, LocalDate date, List<ProfileLine> profile,
                                List<String> duties, List<String> achievements, String commitment, List<List<String>> results,
                                List<Recognition> titles, List<Recognition> awards, String reporterName) {

    public record ProfileLine(String label, String value) {
    }

    /** A row of section III: year, title or award form, decision number and date, issuing body. */
    public record Recognition(int year, String name, String decision, String issuer) {
    }
}
