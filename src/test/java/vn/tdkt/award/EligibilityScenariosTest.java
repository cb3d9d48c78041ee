package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;

/**
 * Eligibility scenarios from the law (domain.md §3) run against the shipped army and civilian rule sets: each
 * with its expected verdict and the reason the officer reads.
 */
class EligibilityScenariosTest {
    private static final int YEAR = 2026;
    private static final RuleSet ARMY = RuleSetJson.shipped("army");
    private static final RuleSet CIVIL = RuleSetJson.shipped("civil");
    private final ReasonText text = new ReasonText(new Messages(Locale.forLanguageTag("vi")));

    /** The records of one test: people in one company, unless said otherwise. */
    private static final class World {
        final List<Candidate> people = new ArrayList<>();
        final List<Candidate> units = new ArrayList<>();
        final Map<String, String> parents = new HashMap<>();
        final List<Classification> grades = new ArrayList<>();
        final List<PastAward> history = new ArrayList<>();
        final List<Initiative> initiatives = new ArrayList<>();
        final List<DisciplineCase> discipline = new ArrayList<>();
        int ids;

        World() {
            parents.put("c1", null);
        }

        Candidate person(String name, Grade grade) {
            Candidate c = new Candidate(SubjectKind.PERSON, "p" + ++ids, name, "c1", "Đại đội 1");
            people.add(c);
            if (grade != null) {
                grade(c, YEAR, grade);
            }
            return c;
        }

        Candidate unit(Grade grade) {
            Candidate c = new Candidate(SubjectKind.UNIT, "c1", "Đại đội 1", null, "");
            units.add(c);
            grade(c, YEAR, grade);
            return c;
        }

        void grade(Candidate c, int year, Grade grade) {
            grades.add(new Classification(c.kind(), c.id(), year, grade));
        }

        void received(Candidate c, int year, String code, AwardKind kind) {
            history.add(new PastAward("h" + ++ids, c.kind(), c.id(), year, code, code, kind, "12/QĐ-TrĐ", LocalDate.of(year, 12, 20), "Trung đoàn 19"));
        }

        void initiative(Candidate author, InitiativeKind kind, int year, Scope scope) {
            initiatives.add(new Initiative("i" + ++ids, kind, "Cải tiến giá ngắm " + ids, List.of(author.id()), "Hội đồng sáng kiến Trung đoàn",
                    LocalDate.of(year, 10, 5), scope));
        }

        void pendingCase(Candidate c) {
            discipline.add(new DisciplineCase("d" + ++ids, c.kind(), c.id(), LocalDate.of(YEAR, 9, 1), null, false, "Vi phạm quy định quản lý vũ khí"));
        }

        Eligibility under(RuleSet rules) {
            return new Eligibility(rules, new AwardFacts(YEAR, people, units, parents, grades, history, initiatives, discipline));
        }
    }

    private Verdict verdict(World w, RuleSet rules, String code, Candidate who) {
        return w.under(rules).verdict(rules.title(code).orElseThrow(), who);
    }

    private String reasons(Verdict v) {
        return text.lines(v);
    }

    @Test
    void advancedSoldierNeedsAtLeastGoodCompletion() {
        World w = new World();
        Candidate good = w.person("Nguyễn Văn An", Grade.HTTNV);
        Candidate done = w.person("Trần Văn Bình", Grade.HTNV);
        Candidate none = w.person("Lê Văn Cường", null);

        assertThat(verdict(w, ARMY, "CSTT", good).status()).isEqualTo(Status.QUALIFIES);
        Verdict short1 = verdict(w, ARMY, "CSTT", done);
        assertThat(short1.status()).isEqualTo(Status.NEARLY);
        assertThat(reasons(short1)).contains("✗ Phân loại năm 2026: HTNV (cần từ HTTNV trở lên)");
        assertThat(reasons(verdict(w, ARMY, "CSTT", none))).contains("✗ Phân loại năm 2026: chưa có (cần từ HTTNV trở lên)");
    }

    @Test
    void aPendingDisciplineCaseExcludesEvenTheBest() {
        World w = new World();
        Candidate best = w.person("Nguyễn Văn An", Grade.HTXSNV);
        w.pendingCase(best);

        Verdict v = verdict(w, ARMY, "CSTDCS", best);
        assertThat(v.status()).isEqualTo(Status.NOT_QUALIFIED);
        assertThat(reasons(v)).contains("✗ Đang có vụ việc kỷ luật chưa kết luận: Vi phạm quy định quản lý vũ khí (từ 01/09/2026)");
        assertThat(verdict(w, ARMY, "CSTT", best).status()).as("one unmet exclusion is never 'nearly'").isEqualTo(Status.NOT_QUALIFIED);
    }

    @Test
    void baseEmulationFighterNeedsExcellenceOrAnInitiativeOrATopicThisYear() {
        World w = new World();
        Candidate excellent = w.person("Nguyễn Văn An", Grade.HTXSNV);
        Candidate inventor = w.person("Trần Văn Bình", Grade.HTTNV);
        w.initiative(inventor, InitiativeKind.INITIATIVE, YEAR, Scope.BASE);
        Candidate researcher = w.person("Lê Văn Cường", Grade.HTTNV);
        w.initiative(researcher, InitiativeKind.TOPIC, YEAR, Scope.BASE);
        Candidate lastYear = w.person("Phạm Văn Dũng", Grade.HTTNV);
        w.initiative(lastYear, InitiativeKind.INITIATIVE, YEAR - 1, Scope.BASE);

        assertThat(verdict(w, ARMY, "CSTDCS", excellent).status()).isEqualTo(Status.QUALIFIES);
        assertThat(verdict(w, ARMY, "CSTDCS", inventor).status()).isEqualTo(Status.QUALIFIES);
        assertThat(verdict(w, ARMY, "CSTDCS", researcher).status()).isEqualTo(Status.QUALIFIES);
        Verdict old = verdict(w, ARMY, "CSTDCS", lastYear);
        assertThat(old.status()).isEqualTo(Status.NEARLY);
        assertThat(reasons(old)).contains("✓ Đạt Chiến sĩ tiên tiến năm 2026")
                .contains("✗ Một trong các điều kiện: ✗ Phân loại năm 2026: HTTNV (cần từ HTXSNV trở lên); "
                        + "✗ Sáng kiến có phạm vi ảnh hưởng cấp cơ sở trở lên (2026): chưa có, cần 1; ");
        assertThat(reasons(verdict(w, ARMY, "CSTDCS", inventor)))
                .contains("✓ Sáng kiến có phạm vi ảnh hưởng cấp cơ sở trở lên (2026): có 1, cần 1 — «Cải tiến giá ngắm");
    }

    @Test
    void armyWideFighterNeedsThreeConsecutiveMeritYearsAndAnArmyWideInitiative() {
        World w = new World();
        Candidate chain = w.person("Nguyễn Văn An", Grade.HTXSNV);
        w.received(chain, 2024, "CSTDCS", AwardKind.MERIT);
        w.received(chain, 2025, "CSTDCS", AwardKind.MERIT);
        w.initiative(chain, InitiativeKind.INITIATIVE, 2025, Scope.MINISTRY);

        Candidate gap = w.person("Trần Văn Bình", Grade.HTXSNV);
        w.received(gap, 2023, "CSTDCS", AwardKind.MERIT);
        w.received(gap, 2025, "CSTDCS", AwardKind.MERIT);
        w.initiative(gap, InitiativeKind.TOPIC, 2024, Scope.NATIONAL);

        Candidate oneOff = w.person("Lê Văn Cường", Grade.HTXSNV);
        w.received(oneOff, 2024, "CSTDCS", AwardKind.ONE_OFF);
        w.received(oneOff, 2025, "CSTDCS", AwardKind.MERIT);
        w.initiative(oneOff, InitiativeKind.INITIATIVE, 2026, Scope.MINISTRY);

        Candidate baseOnly = w.person("Phạm Văn Dũng", Grade.HTXSNV);
        w.received(baseOnly, 2024, "CSTDCS", AwardKind.MERIT);
        w.received(baseOnly, 2025, "CSTDCS", AwardKind.MERIT);
        w.initiative(baseOnly, InitiativeKind.INITIATIVE, 2026, Scope.BASE);

        Verdict met = verdict(w, ARMY, "CSTDTQ", chain);
        assertThat(met.status()).isEqualTo(Status.QUALIFIES);
        assertThat(reasons(met)).contains("✓ Chiến sĩ thi đua cơ sở 3 năm liên tục (chỉ tính khen công trạng): 2024 ✓, 2025 ✓, 2026 ✓");

        Verdict gapped = verdict(w, ARMY, "CSTDTQ", gap);
        assertThat(gapped.status()).isEqualTo(Status.NEARLY);
        assertThat(reasons(gapped)).contains("2024 chưa có, 2025 ✓, 2026 ✓");

        Verdict notCounted = verdict(w, ARMY, "CSTDTQ", oneOff);
        assertThat(notCounted.status()).as("đột xuất awards do not count toward chains").isEqualTo(Status.NEARLY);
        assertThat(reasons(notCounted)).contains("2024 chưa có, 2025 ✓, 2026 ✓");

        Verdict narrow = verdict(w, ARMY, "CSTDTQ", baseOnly);
        assertThat(narrow.status()).isEqualTo(Status.NEARLY);
        assertThat(reasons(narrow)).contains("✗ Sáng kiến hoặc đề tài có phạm vi ảnh hưởng cấp bộ, toàn quân trở lên (2024–2026): chưa có, cần 1");
    }

    @Test
    void thisYearsChainLinkComesFromThisYearsVerdictWhenNotYetDecided() {
        World w = new World();
        Candidate lastYearOnly = w.person("Nguyễn Văn An", Grade.HTTNV);
        w.received(lastYearOnly, 2025, "CSTDCS", AwardKind.MERIT);
        Candidate both = w.person("Trần Văn Bình", Grade.HTXSNV);
        w.received(both, 2025, "CSTDCS", AwardKind.MERIT);

        Verdict v = verdict(w, ARMY, "BKBQP", lastYearOnly);
        assertThat(v.status()).isEqualTo(Status.NEARLY);
        assertThat(reasons(v)).contains("2025 ✓, 2026 chưa có");
        assertThat(verdict(w, ARMY, "BKBQP", both).status()).isEqualTo(Status.QUALIFIES);
    }

    @Test
    void certificateOfMeritAlsoByTwoExcellentYearsWithTwoInitiatives() {
        World w = new World();
        Candidate a = w.person("Nguyễn Văn An", Grade.HTXSNV);
        w.grade(a, 2025, Grade.HTXSNV);
        w.initiative(a, InitiativeKind.INITIATIVE, 2025, Scope.BASE);
        w.initiative(a, InitiativeKind.INITIATIVE, 2026, Scope.BASE);
        Candidate b = w.person("Trần Văn Bình", Grade.HTXSNV);
        w.grade(b, 2025, Grade.HTTNV);
        w.initiative(b, InitiativeKind.INITIATIVE, 2025, Scope.BASE);
        w.initiative(b, InitiativeKind.INITIATIVE, 2026, Scope.BASE);

        assertThat(verdict(w, ARMY, "BKBQP", a).status()).isEqualTo(Status.QUALIFIES);
        Verdict v = verdict(w, ARMY, "BKBQP", b);
        assertThat(v.status()).isEqualTo(Status.NEARLY);
        assertThat(reasons(v)).contains("Phân loại từ HTXSNV trở lên 2 năm liên tục: 2025 HTTNV ✗, 2026 HTXSNV ✓");
    }

    /** Ten members: the unit's conditions counted over everyone in it. */
    private World company(int advanced, Grade unitGrade) {
        World w = new World();
        w.unit(unitGrade);
        for (int i = 0; i < 10; i++) {
            w.person("Người " + i, i == 0 ? Grade.HTXSNV : i < advanced ? Grade.HTTNV : Grade.HTNV);
        }
        return w;
    }

    @Test
    void decisiveUnitAtExactlySeventyPercentAdvancedWithOneBaseFighter() {
        World w = company(7, Grade.HTXSNV);
        Verdict v = verdict(w, ARMY, "DVQT", w.units.getFirst());
        assertThat(v.status()).isEqualTo(Status.QUALIFIES);
        assertThat(reasons(v)).contains("✓ Quân số phân loại từ HTNV trở lên: 10/10 (100%, cần 100%)")
                .contains("✓ Quân số đạt Chiến sĩ tiên tiến: 7/10 (70%, cần 70%)")
                .contains("✓ Quân số đạt Chiến sĩ thi đua cơ sở: 1 (cần ít nhất 1)");

        World short1 = company(6, Grade.HTXSNV);
        Verdict n = verdict(short1, ARMY, "DVQT", short1.units.getFirst());
        assertThat(n.status()).isEqualTo(Status.NEARLY);
        assertThat(reasons(n)).contains("✗ Quân số đạt Chiến sĩ tiên tiến: 6/10 (60%, cần 70%)");
    }

    @Test
    void decisiveUnitFailsOnAnyMemberBelowCompletionOrASeriousCase() {
        World w = company(8, Grade.HTXSNV);
        w.person("Người chưa hoàn thành", Grade.KHTNV);
        Verdict v = verdict(w, ARMY, "DVQT", w.units.getFirst());
        assertThat(reasons(v)).contains("✗ Quân số phân loại từ HTNV trở lên: 10/11 (90,9%, cần 100%)");

        World serious = company(8, Grade.HTXSNV);
        Candidate member = serious.people.get(3);
        serious.discipline.add(new DisciplineCase("d", SubjectKind.PERSON, member.id(), LocalDate.of(YEAR, 3, 1), LocalDate.of(YEAR, 4, 1),
                true, "Vi phạm kỷ luật nghiêm trọng"));
        Verdict s = verdict(serious, ARMY, "DVQT", serious.units.getFirst());
        assertThat(s.status()).isEqualTo(Status.NOT_QUALIFIED);
        assertThat(reasons(s)).contains("✗ Có 1 vụ kỷ luật nghiêm trọng năm 2026");
    }

    @Test
    void titlesWithoutCheckableCriteriaGoToTheCouncil() {
        World w = company(7, Grade.HTXSNV);
        Verdict flag = verdict(w, ARMY, "CTDQK", w.units.getFirst());
        assertThat(flag.status()).isEqualTo(Status.REVIEW);
        assertThat(reasons(flag)).contains("Hội đồng xét theo hồ sơ");
    }

    @Test
    void civilianSetUsesItsOwnTitleNames() {
        World w = company(7, Grade.HTXSNV);
        Verdict v = verdict(w, CIVIL, "TTLDXS", w.units.getFirst());
        assertThat(v.status()).isEqualTo(Status.QUALIFIES);
        assertThat(reasons(v)).contains("Quân số đạt Lao động tiên tiến: 7/10");
        assertThat(verdict(w, CIVIL, "LDTT", w.people.get(1)).status()).isEqualTo(Status.QUALIFIES);
    }

    @Test
    void capsAreAShareOfThePopulationWithTheRuleSetsRounding() {
        assertThat(new Cap(15, Rounding.DOWN).limit(80)).isEqualTo(12);
        assertThat(new Cap(15, Rounding.DOWN).limit(90)).isEqualTo(13);
        assertThat(new Cap(15, Rounding.UP).limit(90)).isEqualTo(14);
        assertThat(new Cap(15, Rounding.HALF_UP).limit(90)).isEqualTo(14);
        assertThat(new Cap(15, Rounding.HALF_UP).limit(70)).isEqualTo(11);
        assertThat(new Cap(15, Rounding.DOWN).limit(6)).isZero();

        World w = new World();
        for (int i = 0; i < 20; i++) {
            w.person("Người " + i, i < 5 ? Grade.HTXSNV : Grade.HTTNV);
        }
        TitleRule capped = ARMY.title("CSTDCS").orElseThrow().withFigures(80.0, 1.0, new Cap(15, Rounding.DOWN), "", "Giới hạn nội bộ");
        TitleResult result = w.under(ARMY.withRule(capped)).result(capped);
        assertThat(result.population()).isEqualTo(20);
        assertThat(result.capLimit()).isEqualTo(3);
        assertThat(result.qualifying()).isEqualTo(5);
        assertThat(result.overCap()).isTrue();
        assertThat(result.verdicts().subList(0, 5)).allMatch(v -> v.status() == Status.QUALIFIES);
    }

    @Test
    void councilThresholdIsOverTotalMembershipCountingWrittenVotesOfAbsentMembers() {
        TitleRule base = ARMY.title("CSTDCS").orElseThrow();
        TitleRule armyWide = ARMY.title("CSTDTQ").orElseThrow();
        assertThat(BallotCheck.of(base, 10, 8).passed()).as("exactly 80%").isTrue();
        assertThat(BallotCheck.of(base, 10, 7).passed()).isFalse();
        // Ten members, two absent: seven agree in the room; 7 of the 8 present would be 87.5 %, but the share is over all ten.
        assertThat(BallotCheck.of(base, 10, 7).percent()).isEqualTo(70.0);
        assertThat(BallotCheck.of(base, 10, 7 + 1).passed()).as("an absent member's written vote counts").isTrue();
        assertThat(BallotCheck.of(armyWide, 10, 9).passed()).as("exactly 90%").isTrue();
        assertThat(BallotCheck.of(armyWide, 30, 27).passed()).isTrue();
        assertThat(BallotCheck.of(armyWide, 30, 26).passed()).isFalse();
        assertThat(BallotCheck.of(ARMY.title("CTDQK").orElseThrow(), 15, 12).passed()).as("Cờ thi đua 80%").isTrue();

        assertThatThrownBy(() -> BallotCheck.of(ARMY.title("CSTT").orElseThrow(), 10, 9))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.noThreshold");
        assertThatThrownBy(() -> BallotCheck.of(base, 10, 11))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.ballot");
    }
}
