package vn.tdkt.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.exemplar.Discovery;
import vn.tdkt.exemplar.Stage;
import vn.tdkt.org.Person;
import vn.tdkt.org.Unit;
import vn.tdkt.scoring.CellChange;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.Criterion;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.SampleCriteriaSet;
import vn.tdkt.scoring.ScoringPeriod;

/**
 * Two installations: regiment 19 sends its snapshot (with its block's scores) and an ĐHTT dossier up; the
 * division lists the models of both by stage and ranks its own block's units with the regiment's for the
 * same month, only where both scored with the same criteria.
 */
class EchelonListsTest {
    private static final PeriodKey JUNE = new PeriodKey(PeriodKind.MONTH, 2026, 6);

    @TempDir
    Path dir;

    Echelon regiment;
    Echelon division;
    Path stick;

    @BeforeEach
    void setUp() throws Exception {
        regiment = Echelon.regiment(dir.resolve("a"), "TrD19");
        division = Echelon.division(dir.resolve("d"));
        stick = Files.createDirectories(dir.resolve("usb"));
    }

    @AfterEach
    void tearDown() throws Exception {
        regiment.close();
        division.close();
    }

    private Path export(Echelon from, String kind, String subject, String name) {
        Path file = stick.resolve(name);
        from.exchange().export(kind, subject, file, null, Messages.vietnamese(), Progress.NONE);
        return file;
    }

    /** Units under {@code parent}, scored for June with {@code set}: every points criterion at {@code shares} of its maximum. */
    private static ScoringPeriod score(Echelon at, CriteriaSet set, Map<Unit, Double> shares) {
        ScoringPeriod period = at.app.scoring().scoring().openForUnits(set.id(), PeriodKind.MONTH, 2026, 6,
                shares.keySet().stream().map(Unit::id).toList(), null);
        List<CellChange> cells = new ArrayList<>();
        shares.forEach((unit, share) -> {
            for (Criterion c : set.criteria()) {
                switch (c.kind()) {
                    case POINTS -> cells.add(new CellChange(unit.id(), c.id(), c.maxPoints() * share, null));
                    case THRESHOLD -> cells.add(new CellChange(unit.id(), c.id(), 100.0, null));
                    default -> { }
                }
            }
        });
        at.app.scoring().scoring().save(period.id(), cells);
        return period;
    }

    private Unit add(Echelon at, String parentCode, String code, String name) {
        return at.app.units().add(at.app.units().byCode(parentCode).orElseThrow().id(), code, name, null, "Đại đội");
    }

    @Test
    void theDivisionRanksItsOwnBlockWithTheRegimentsForTheSameMonthAndSet() throws Exception {
        CriteriaSet regimentSet = regiment.app.scoring().sets().create(SampleCriteriaSet.draft());
        Unit c1 = regiment.app.units().byCode("TrD19-c1").orElseThrow();
        Unit c2 = add(regiment, "TrD19-d1", "TrD19-c2", "Đại đội 2");
        score(regiment, regimentSet, Map.of(c1, 0.9, c2, 0.7));

        CriteriaSet divisionSet = division.app.scoring().sets().create(SampleCriteriaSet.draft());
        Unit signals = add(division, "F3", "F3-c20", "Đại đội 20 Thông tin");
        Unit engineers = add(division, "F3", "F3-c25", "Đại đội 25 Công binh");
        score(division, divisionSet, Map.of(signals, 0.8, engineers, 0.6));

        assertThat(division.app.echelonLists().periods()).as("before the snapshot: only its own").containsExactly(JUNE);
        assertThat(division.app.echelonLists().ranking(JUNE)).singleElement()
                .satisfies(g -> assertThat(g.units()).extracting(EchelonLists.RankedUnit::unitName)
                        .containsExactly("Đại đội 20 Thông tin", "Đại đội 25 Công binh"));

        Path snapshot = export(regiment, "snapshot", "TrD19", "TrD19.tdkt");
        assertThat(Packages.manifest(Packages.entries(snapshot)).summary()).containsEntry("score_period", 1);
        division.importFrom(snapshot, regiment);

        List<EchelonLists.RankingGroup> groups = division.app.echelonLists().ranking(JUNE);
        assertThat(groups).singleElement().satisfies(g -> {
            assertThat(g.units()).extracting(EchelonLists.RankedUnit::rank, EchelonLists.RankedUnit::unitName, EchelonLists.RankedUnit::from)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(1, "Đại đội 1", Optional.of("Trung đoàn 19")),
                            org.assertj.core.groups.Tuple.tuple(2, "Đại đội 20 Thông tin", Optional.empty()),
                            org.assertj.core.groups.Tuple.tuple(3, "Đại đội 2", Optional.of("Trung đoàn 19")),
                            org.assertj.core.groups.Tuple.tuple(4, "Đại đội 25 Công binh", Optional.empty()));
            assertThat(g.units().get(0).receivedAt()).contains(Echelon.CLOCK.instant());
            assertThat(g.units().get(0).block()).isEqualTo("Tháng 6/2026 — Trung đoàn 19");
            assertThat(g.units().get(1).block()).isEqualTo("Tháng 6/2026 — Sư đoàn 3");
            assertThat(g.units().get(0).total()).isGreaterThan(g.units().get(1).total());
        });
        assertThat(division.app.echelonLists().ranking(new PeriodKey(PeriodKind.MONTH, 2026, 5))).isEmpty();
    }

    @Test
    void blocksScoredWithDifferentCriteriaAreRankedApartNotMixed() throws Exception {
        CriteriaSet regimentSet = regiment.app.scoring().sets().create(SampleCriteriaSet.draft());
        score(regiment, regimentSet, Map.of(regiment.app.units().byCode("TrD19-c1").orElseThrow(), 0.9));
        CriteriaSet sample = SampleCriteriaSet.draft();
        Criterion first = sample.groups().getFirst().criteria().getFirst();
        CriteriaSet other = division.app.scoring().sets().create(new CriteriaSet(null, null, 1, sample.name(), false, sample.rollUp(),
                sample.tieBreak(), sample.bonusCap(), sample.penaltyCap(), List.of(new vn.tdkt.scoring.CriteriaGroup(null,
                        sample.groups().getFirst().name(), List.of(new Criterion(null, null, first.code(), first.name(), first.kind(),
                                first.maxPoints() + 5, first.comparison(), first.target(), first.guide())))),
                List.of(), List.of(), sample.bands()));
        score(division, other, Map.of(add(division, "F3", "F3-c20", "Đại đội 20 Thông tin"), 0.8));
        division.importFrom(export(regiment, "snapshot", "TrD19", "TrD19.tdkt"), regiment);

        List<EchelonLists.RankingGroup> groups = division.app.echelonLists().ranking(JUNE);
        assertThat(groups).hasSize(2);
        assertThat(groups).allSatisfy(g -> assertThat(g.units()).singleElement().extracting(EchelonLists.RankedUnit::rank).isEqualTo(1));
        assertThat(groups).flatExtracting(EchelonLists.RankingGroup::units).extracting(EchelonLists.RankedUnit::unitName)
                .containsExactlyInAnyOrder("Đại đội 1", "Đại đội 20 Thông tin");
    }

    @Test
    void aNewerSnapshotReplacesTheScoresOfTheOlderAndTheyStayReadOnly() throws Exception {
        CriteriaSet set = regiment.app.scoring().sets().create(SampleCriteriaSet.draft());
        Unit c1 = regiment.app.units().byCode("TrD19-c1").orElseThrow();
        ScoringPeriod june = score(regiment, set, Map.of(c1, 0.9));
        division.importFrom(export(regiment, "snapshot", "TrD19", "s1.tdkt"), regiment);
        double before = division.app.echelonLists().ranking(JUNE).getFirst().units().getFirst().total();

        Criterion points = set.criteria().stream().filter(c -> c.kind() == vn.tdkt.scoring.CriterionKind.POINTS).findFirst().orElseThrow();
        regiment.app.scoring().scoring().save(june.id(), List.of(new CellChange(c1.id(), points.id(), 0.0, null)));
        assertThat(division.importFrom(export(regiment, "snapshot", "TrD19", "s2.tdkt"), regiment).outcome())
                .isEqualTo(ExchangeService.Outcome.REPLACED);
        assertThat(division.app.echelonLists().ranking(JUNE)).singleElement()
                .satisfies(g -> assertThat(g.units()).singleElement().satisfies(u -> assertThat(u.total()).isCloseTo(before - points.maxPoints() * 0.9, org.assertj.core.api.Assertions.within(1e-6))));

        String dump = division.dump();
        assertThatThrownBy(() -> division.app.database().transaction(() ->
                division.app.database().dsl().execute("UPDATE received_score_period SET title = 'x'")))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.db.importedReadOnly"));
        assertThat(division.dump()).isEqualTo(dump);
    }

    @Test
    void theModelsOfOwnAndReceivedUnitsAreListedByStageWithWhereAndWhenTheyCameFrom() throws Exception {
        regiment.app.settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 3", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Phạm Minh Tuấn"));
        Person thang = regiment.people().stream().filter(p -> p.fullName().equals("Lê Đức Thắng")).findFirst().orElseThrow();
        String received = regiment.app.exemplars().exemplars().discover(Discovery.ofPerson(thang.id(), "Huấn luyện",
                "Bắn súng AK bài 1 giỏi ba năm liền", "Ban Chính trị", LocalDate.of(2026, 5, 2), List.of())).id();
        regiment.app.exemplars().exemplars().move(received, Stage.NURTURING, LocalDate.of(2026, 5, 20), "Đưa vào bồi dưỡng");
        division.importFrom(export(regiment, "snapshot", "TrD19", "TrD19.tdkt"), regiment);
        division.exchange().importPackage(export(regiment, "dossier", received, "ho-so.tdkt"), null, null, Progress.NONE);

        Unit office = division.app.units().byCode("F3-pct").orElseThrow();
        division.app.exemplars().exemplars().discover(Discovery.ofUnit(office.id(), "Công tác đảng, công tác chính trị",
                "Làm tốt công tác tư tưởng", "Phòng Chính trị", LocalDate.of(2026, 6, 1), List.of()));

        assertThat(division.app.echelonLists().models()).extracting(EchelonLists.ModelLine::stage, EchelonLists.ModelLine::subjectName,
                        EchelonLists.ModelLine::unitName, EchelonLists.ModelLine::from)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Stage.DISCOVERED, "Phòng Chính trị", "Phòng Chính trị", Optional.empty()),
                        org.assertj.core.groups.Tuple.tuple(Stage.NURTURING, "Lê Đức Thắng", "Đại đội 1", Optional.of("Trung đoàn 19")));
        assertThat(division.app.echelonLists().models().get(1).receivedAt()).contains(Echelon.CLOCK.instant());
    }
}
