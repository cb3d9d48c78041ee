package vn.tdkt.award;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.tdkt.core.Progress;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;

/**
 * Three years of fictional records for the sample roster, the same every time (fixed seed): classifications of
 * every person and unit, the titles of the two past years as the rules would have given them, initiatives and
 * topics, and two discipline cases (one still pending), so the eligibility list shows every kind of verdict.
 */
final class SampleAwardRecords {
    /** The sample plan's year. */
    static final int YEAR = 2026;
    private static final long SEED = 14;
    /** How many people are excellent all three years; every other of them has an initiative with army-wide effect. */
    private static final int STARS = 4;
    private static final String[] INITIATIVES = {"Cải tiến giá ngắm súng trung liên", "Mô hình học cụ bắn đạn thật ban đêm",
        "Phần mềm quản lý trang bị kỹ thuật cấp đại đội", "Cải tiến bếp Hoàng Cầm dã chiến", "Thiết bị báo cháy kho xăng dầu",
        "Sa bàn điện tử huấn luyện chiến thuật", "Giá treo mục tiêu di động", "Quy trình bảo quản khí tài quang học"};
    private final AwardRecordService records;
    private final UnitService units;
    private final RosterService roster;
    private final Random random = new Random(SEED);

    SampleAwardRecords(AwardRecordService records, UnitService units, RosterService roster) {
        this.records = records;
        this.units = units;
        this.roster = roster;
    }

    Map<String, Integer> create(Progress progress) {
        List<RosterEntry> people = roster.search(RosterQuery.ALL);
        List<Unit> subUnits = units.all().stream().filter(u -> u.parentId() != null).toList();
        int awards = 0;
        for (int year = YEAR - 2; year <= YEAR; year++) {
            progress.checkCancelled();
            Map<String, Grade> personGrades = new HashMap<>();
            for (int n = 0; n < people.size(); n++) {
                RosterEntry e = people.get(n);
                // The first few are the unit's best, so the list shows chains of consecutive years.
                Grade grade = n < STARS ? Grade.HTXSNV : personGrade();
                personGrades.put(e.person().id(), grade);
                if (year < YEAR && grade.atLeast(Grade.HTTNV)) {
                    boolean base = grade == Grade.HTXSNV;
                    records.addPastAward(SubjectKind.PERSON, e.person().id(), year, base ? "CSTDCS" : "CSTT",
                            base ? "Chiến sĩ thi đua cơ sở" : "Chiến sĩ tiên tiến", AwardKind.MERIT, (100 + year % 100) + "/QĐ-TrĐ19",
                            LocalDate.of(year, 12, 20), "Trung đoàn 19");
                    awards++;
                }
            }
            records.classify(year, SubjectKind.PERSON, personGrades);
            Map<String, Grade> unitGrades = new HashMap<>();
            subUnits.forEach(u -> unitGrades.put(u.id(), unitGrade()));
            records.classify(year, SubjectKind.UNIT, unitGrades);
        }
        int made = 0;
        for (int i = 0; i < Math.max(8, people.size() / 40); i++) {
            boolean star = i < STARS / 2;
            RosterEntry author = people.get(star ? i * 2 : random.nextInt(people.size()));
            boolean topic = i % 5 == 4;
            Scope scope = star || i % 7 == 3 ? Scope.MINISTRY : Scope.BASE;
            records.addInitiative(topic ? InitiativeKind.TOPIC : InitiativeKind.INITIATIVE, INITIATIVES[i % INITIATIVES.length],
                    List.of(author.person().id()), scope == Scope.MINISTRY ? "Bộ Tham mưu Quân khu" : "Hội đồng sáng kiến Trung đoàn",
                    LocalDate.of(YEAR - i % 2, 3 + i % 9, 1 + i % 27), scope);
            made++;
        }
        records.addDiscipline(SubjectKind.PERSON, people.get(STARS - 1).person().id(), LocalDate.of(YEAR, 10, 12), null, false,
                "Đang xác minh đơn phản ánh về tác phong");
        records.addDiscipline(SubjectKind.PERSON, people.get(people.size() / 2).person().id(), LocalDate.of(YEAR, 4, 2),
                LocalDate.of(YEAR, 5, 6), true, "Vi phạm quy định sử dụng vũ khí, đã kỷ luật khiển trách");
        return Map.of("award_classification", 3 * (people.size() + subUnits.size()), "award_history", awards, "award_initiative", made,
                "award_discipline", 2);
    }

    private Grade personGrade() {
        int roll = random.nextInt(100);
        return roll < 20 ? Grade.HTXSNV : roll < 82 ? Grade.HTTNV : roll < 98 ? Grade.HTNV : Grade.KHTNV;
    }

    private Grade unitGrade() {
        int roll = random.nextInt(100);
        return roll < 40 ? Grade.HTXSNV : roll < 92 ? Grade.HTTNV : Grade.HTNV;
    }
}
