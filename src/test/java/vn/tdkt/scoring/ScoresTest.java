package vn.tdkt.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules on their own: totals, caps, thresholds, ties and tie-breaks, bands, roll-up. */
class ScoresTest {
    static final Criterion A = new Criterion("a", "g", "A", "Huấn luyện", CriterionKind.POINTS, 10, null, null, null);
    static final Criterion B = new Criterion("b", "g", "B", "Kỷ luật", CriterionKind.POINTS, 10, null, null, null);
    static final Criterion HEALTH = new Criterion("h", "g", "H", "Quân số khỏe", CriterionKind.THRESHOLD, 5, Comparison.GT, 99.7, null);
    static final Criterion BONUS1 = new Criterion("t1", null, "T1", "Đột xuất", CriterionKind.BONUS, 3, null, null, null);
    static final Criterion BONUS2 = new Criterion("t2", null, "T2", "Hội thao", CriterionKind.BONUS, 3, null, null, null);
    static final Criterion PENALTY = new Criterion("p", null, "TR", "Vi phạm", CriterionKind.PENALTY, 10, null, null, null);

    static CriteriaSet set(TieBreak tieBreak) {
        return new CriteriaSet("s", "s", 1, "Bộ thử", false, RollUp.AVERAGE, tieBreak, 4.0, 6.0,
                List.of(new CriteriaGroup("g", "Nhóm", List.of(A, B, HEALTH))), List.of(BONUS1, BONUS2), List.of(PENALTY),
                List.of(new Band("Tốt", 20), new Band("Xuất sắc", 24), new Band("Khá", 15)));
    }

    @Test
    void totalIsBasePlusCappedBonusMinusCappedPenalty() {
        Totals t = Scores.totals(set(TieBreak.SHARED), Map.of("a", 9.5, "b", 8.0, "h", 99.8, "t1", 3.0, "t2", 2.0, "p", 8.0));
        assertThat(t.base()).isEqualTo(22.5);
        assertThat(t.bonus()).as("3 + 2 capped at 4").isEqualTo(4.0);
        assertThat(t.penalty()).as("8 capped at 6").isEqualTo(6.0);
        assertThat(t.total()).isEqualTo(20.5);
    }

    @Test
    void aThresholdEarnsItsPointsOnlyWhenMet() {
        assertThat(Scores.totals(set(TieBreak.SHARED), Map.of("h", 99.7)).base()).as("99.7 is not > 99.7").isZero();
        assertThat(Scores.totals(set(TieBreak.SHARED), Map.of("h", 99.71)).base()).isEqualTo(5.0);
    }

    @Test
    void aValueOverItsMaximumIsRefusedNotClippedAndCountsForNothing() {
        assertThat(A.problem(10.5)).get().extracting(Problem::key).isEqualTo("scoring.value.overMax");
        assertThat(A.problem(-1)).get().extracting(Problem::key).isEqualTo("scoring.value.negative");
        assertThat(A.problem(10)).isEmpty();
        assertThat(Scores.totals(set(TieBreak.SHARED), Map.of("a", 12.0, "b", 7.0)).base()).isEqualTo(7.0);
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        List<Member> members = List.of(new Member("1", "c1", "Đại đội 1"), new Member("2", "c2", "Đại đội 2"), new Member("3", "c3", "Đại đội 3"));
        Map<String, Totals> totals = Map.of("1", new Totals(20, 0, 0), "2", new Totals(22, 0, 2), "3", new Totals(15, 0, 0));
        List<Standing> shared = Scores.rank(set(TieBreak.SHARED), members, totals);
        assertThat(shared).extracting(s -> s.member().code() + ":" + s.rank()).containsExactlyInAnyOrder("c1:1", "c2:1", "c3:3");
        List<Standing> byBase = Scores.rank(set(TieBreak.BASE), members, totals);
        assertThat(byBase).extracting(s -> s.member().code() + ":" + s.rank()).containsExactly("c2:1", "c1:2", "c3:3");
        List<Standing> byPenalty = Scores.rank(set(TieBreak.PENALTY), members, totals);
        assertThat(byPenalty).extracting(s -> s.member().code() + ":" + s.rank()).containsExactly("c1:1", "c2:2", "c3:3");
    }

    @Test
    void bandsAreTheHighestReachedWhateverOrderTheyWereGivenIn() {
        CriteriaSet set = set(TieBreak.SHARED);
        assertThat(set.band(24)).contains("Xuất sắc");
        assertThat(set.band(23.99)).contains("Tốt");
        assertThat(set.band(15)).contains("Khá");
        assertThat(set.band(14.9)).isEmpty();
    }

    @Test
    void monthsRollUpBySumOrAverage() {
        List<Totals> months = List.of(new Totals(20, 1, 0), new Totals(22, 0, 2), new Totals(24, 2, 0));
        assertThat(Scores.rollUp(RollUp.SUM, months).total()).isEqualTo(67.0);
        assertThat(Scores.rollUp(RollUp.AVERAGE, months).total()).isEqualTo(67.0 / 3);
    }
}
