package vn.tdkt.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.db.AuditTrail;

/** Periods, scores, versions, locks and roll-ups on a real SQLite file. */
class ScoringServiceTest {
    @TempDir
    Path dir;
    private ScoringFixture f;

    @BeforeEach
    void open() {
        f = new ScoringFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void theSampleSetIsMarkedAsASampleAndAddsUpToAHundred() {
        CriteriaSet stored = f.sets().get(f.set.id());
        assertThat(stored.sample()).isTrue();
        assertThat(stored.name()).contains("MẪU");
        assertThat(stored.maxBase()).isEqualTo(100.0);
        assertThat(stored.criteria()).extracting(Criterion::code).startsWith("HL1", "HL2").endsWith("TR1", "TR2");
        assertThat(stored.byCode("HC3").orElseThrow().kind()).isEqualTo(CriterionKind.THRESHOLD);
    }

    @Test
    void savedScoresRankTheUnitsAndEveryChangeIsAudited() {
        ScoringPeriod march = f.month(3);
        f.scoring().save(march.id(), List.of(f.cell(f.c1, "HL1", 9), f.cell(f.c2, "HL1", 10), f.cell(f.c3, "HL1", 9),
                f.cell(f.c3, "T1", 3), f.cell(f.c2, "TR1", 1)));
        List<Standing> ranking = f.scoring().ranking(march.id());
        // c3: 9 + 3 = 12; c1: 9; c2: 10 − 1 = 9, ties with c1 but the sample breaks ties by base (10 > 9).
        assertThat(ranking).extracting(s -> s.member().code() + ":" + s.rank()).containsExactly("c3:1", "c2:2", "c1:3");
        f.scoring().save(march.id(), List.of(f.cell(f.c1, "HL1", 8.5)));
        List<AuditTrail.Entry> history = f.app.audit().history("score", march.id() + "/c1/HL1");
        assertThat(history).extracting(AuditTrail.Entry::oldValue, AuditTrail.Entry::newValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(null, "9"), org.assertj.core.groups.Tuple.tuple("9", "8,5"));
    }

    @Test
    void anOverMaximumValueRefusesTheWholeSaveAndWritesNothing() {
        ScoringPeriod march = f.month(3);
        assertThatThrownBy(() -> f.scoring().save(march.id(), List.of(f.cell(f.c1, "HL1", 9), f.cell(f.c2, "HL1", 11))))
                .isInstanceOf(AppException.class).extracting(e -> ((AppException) e).messageKey()).isEqualTo("scoring.cell.refused");
        assertThat(f.scoring().sheet(march.id()).hasValues()).isFalse();
    }

    @Test
    void editingAScoredSetMakesANewVersionAndOldScoresKeepTheirs() {
        ScoringPeriod march = f.month(3);
        f.scoring().save(march.id(), List.of(f.cell(f.c1, "HL1", 9)));
        CriteriaSet edited = withMax(f.sets().get(f.set.id()), "HL1", 15);
        CriteriaSet v2 = f.sets().save(edited);
        assertThat(v2.version()).isEqualTo(2);
        assertThat(v2.id()).isNotEqualTo(f.set.id());
        assertThat(v2.familyId()).isEqualTo(f.set.familyId());
        assertThat(f.sets().latest()).extracting(CriteriaSet::id).containsExactly(v2.id());
        ScoreSheet old = f.scoring().sheet(march.id());
        assertThat(old.set().version()).isEqualTo(1);
        assertThat(old.set().byCode("HL1").orElseThrow().maxPoints()).isEqualTo(10.0);
        assertThat(old.values(f.c1.id())).containsValue(9.0);
        // A version nobody has scored yet changes in place.
        CriteriaSet v2Again = f.sets().save(withMax(v2, "HL1", 12));
        assertThat(v2Again.id()).isEqualTo(v2.id());
        assertThat(f.sets().get(v2.id()).byCode("HL1").orElseThrow().maxPoints()).isEqualTo(12.0);
    }

    @Test
    void aLockedPeriodRefusesChangesAndUnlockingNeedsAReasonThatIsAudited() {
        ScoringPeriod march = f.month(3);
        f.scoring().save(march.id(), List.of(f.cell(f.c1, "HL1", 9)));
        f.scoring().lock(march.id());
        assertThatThrownBy(() -> f.scoring().save(march.id(), List.of(f.cell(f.c1, "HL1", 7))))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("scoring.period.locked");
        assertThatThrownBy(() -> f.scoring().unlock(march.id(), "  ")).extracting(e -> ((AppException) e).messageKey())
                .isEqualTo("scoring.unlock.noReason");
        f.scoring().unlock(march.id(), "Cấp trên yêu cầu chấm lại HL1");
        f.scoring().save(march.id(), List.of(f.cell(f.c1, "HL1", 7)));
        assertThat(f.app.audit().history("scoring_period", march.id())).extracting(AuditTrail.Entry::field, AuditTrail.Entry::newValue)
                .containsSubsequence(org.assertj.core.groups.Tuple.tuple("locked", "true"), org.assertj.core.groups.Tuple.tuple("locked", "false"),
                        org.assertj.core.groups.Tuple.tuple("unlockReason", "Cấp trên yêu cầu chấm lại HL1"));
        assertThat(f.app.audit().history("score", march.id() + "/c1/HL1")).extracting(AuditTrail.Entry::newValue).endsWith("7");
    }

    @Test
    void aQuarterWithoutItsOwnScoresIsTheAverageOfItsMonths() {
        for (int month = 1; month <= 3; month++) {
            ScoringPeriod period = f.month(month);
            f.scoring().save(period.id(), List.of(f.cell(f.c1, "HL1", month * 2), f.cell(f.c2, "HL1", 5)));
        }
        f.month(4);
        ScoringPeriod quarter = f.scoring().openForUnits(f.set.id(), PeriodKind.QUARTER, 2026, 1, List.of(f.c1.id(), f.c2.id()), null);
        List<Standing> ranking = f.scoring().ranking(quarter.id());
        assertThat(ranking).extracting(s -> s.member().code(), s -> s.totals().total())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c2", 5.0), org.assertj.core.groups.Tuple.tuple("c1", 4.0));
        assertThat(f.scoring().monthlyTotals(quarter.id()).get(f.c1.id())).containsEntry(1, 2.0).containsEntry(3, 6.0);
    }

    @Test
    void aQuarterAddsUpTheSameFromStoredTotalsAsFromTheScoresOfMonthsSavedBeforeTotalsWereStored() {
        List<ScoringPeriod> months = new ArrayList<>();
        for (int month = 1; month <= 3; month++) {
            ScoringPeriod period = f.month(month);
            months.add(period);
            // Bonus 3 + 2 over the sample's bonus cap of 3; HC3 is a threshold (> 99,7 earns its 5 points).
            f.scoring().save(period.id(), List.of(f.cell(f.c1, "HL1", month), f.cell(f.c1, "T1", 3), f.cell(f.c1, "T2", 2),
                    f.cell(f.c2, "HL1", 8), f.cell(f.c2, "TR1", month), f.cell(f.c3, "HC3", 99.9)));
        }
        ScoringPeriod quarter = f.scoring().openForUnits(f.set.id(), PeriodKind.QUARTER, 2026, 1, List.of(f.c1.id(), f.c2.id(), f.c3.id()), null);
        List<Standing> fromStored = f.scoring().ranking(quarter.id());
        ScoringPeriodRepository repository = new ScoringPeriodRepository(f.app.database());
        months.forEach(m -> f.app.database().transaction(() -> repository.putTotals(m.id(), java.util.Map.of())));
        List<Standing> fromScores = f.scoring().ranking(quarter.id());
        assertThat(fromScores).isEqualTo(fromStored);
        assertThat(fromStored).extracting(s -> s.member().code(), s -> s.totals().total()).contains(
                org.assertj.core.groups.Tuple.tuple("c1", 2.0 + 3.0), org.assertj.core.groups.Tuple.tuple("c2", 8.0 - 2.0),
                org.assertj.core.groups.Tuple.tuple("c3", 5.0));
    }

    @Test
    void theRankingOverTimeFollowsEachMonthWithSharedRanksForTies() {
        ScoringPeriod january = f.month(1);
        f.scoring().save(january.id(), List.of(f.cell(f.c1, "HL1", 9), f.cell(f.c2, "HL1", 7), f.cell(f.c3, "HL1", 8)));
        ScoringPeriod february = f.month(2);
        f.scoring().save(february.id(), List.of(f.cell(f.c1, "HL1", 6), f.cell(f.c2, "HL1", 8), f.cell(f.c3, "HL1", 8)));
        ScoringPeriod year = f.scoring().openForUnits(f.set.id(), PeriodKind.YEAR, 2026, 1, List.of(f.c1.id(), f.c2.id(), f.c3.id()), null);
        var ranks = f.scoring().monthlyRanks(year.id());
        assertThat(ranks.get(f.c1.id())).containsExactly(java.util.Map.entry(1, 1), java.util.Map.entry(2, 3));
        assertThat(ranks.get(f.c2.id())).containsExactly(java.util.Map.entry(1, 3), java.util.Map.entry(2, 1));
        assertThat(ranks.get(f.c3.id())).containsEntry(2, 1);
    }

    @Test
    void pointsLostAreListedLargestFirst() {
        ScoringPeriod march = f.month(3);
        f.scoring().save(march.id(), List.of(f.cell(f.c1, "HL1", 4), f.cell(f.c1, "CT1", 9)));
        var lost = f.scoring().pointsLost(f.scoring().sheet(march.id()), f.c1.id());
        assertThat(lost.getFirst().getKey().code()).isIn("CT2", "KL1", "KL2");
        assertThat(lost).extracting(e -> e.getKey().code()).contains("HL1").doesNotContain("T1", "TR1");
    }

    private static CriteriaSet withMax(CriteriaSet set, String code, double max) {
        List<CriteriaGroup> groups = new ArrayList<>();
        for (CriteriaGroup g : set.groups()) {
            groups.add(new CriteriaGroup(g.id(), g.name(), g.criteria().stream().map(c -> c.code().equals(code)
                    ? new Criterion(c.id(), c.groupId(), c.code(), c.name(), c.kind(), max, c.comparison(), c.target(), c.guide()) : c).toList()));
        }
        return new CriteriaSet(set.id(), set.familyId(), set.version(), set.name(), set.sample(), set.rollUp(), set.tieBreak(),
                set.bonusCap(), set.penaltyCap(), groups, set.bonuses(), set.penalties(), set.bands());
    }
}
