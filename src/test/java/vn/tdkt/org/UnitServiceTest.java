package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;

class UnitServiceTest {
    @TempDir
    Path dir;
    OrgFixture org;

    @BeforeEach
    void open() {
        org = new OrgFixture(dir);
    }

    @AfterEach
    void close() {
        org.close();
    }

    @Test
    void treeListsParentsBeforeChildrenInSiblingOrder() {
        assertThat(org.app.units().tree()).extracting(n -> n.unit().code() + "@" + n.depth())
                .containsExactly("TrD19@0", "d1@1", "c1@2", "c2@2", "d2@1");
    }

    /** A subordinate's unit received in a snapshot is read-only here: a roster sheet naming it must not land people in it. */
    @Test
    void theRosterImportFindsOnlyThisInstallationsOwnUnits() {
        Unit received = org.app.units().add(org.battalion2.id(), "c5", "Đại đội 5", "c5", "Đại đội");
        assertThat(org.app.units().matcher().find("Đại đội 5")).contains(received);
        org.markReceived("unit", received.id());
        assertThat(org.app.units().matcher().find("Đại đội 5")).isEmpty();
        assertThat(org.app.units().matcher().find("c5")).isEmpty();
        assertThat(org.app.units().matcher().find("c1")).contains(org.company1);
    }

    @Test
    void movesAUnitWithItsSubtreeAndRefusesMovingItIntoItself() {
        org.app.units().move(org.company2.id(), org.battalion2.id());
        assertThat(org.app.units().subtreeIds(org.battalion2.id())).containsExactly(org.battalion2.id(), org.company2.id());
        assertThatThrownBy(() -> org.app.units().move(org.battalion1.id(), org.company1.id()))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("unit.error.moveInside");
    }

    @Test
    void dissolvingKeepsThePeopleButRefusesNewOnes() {
        Person person = org.add(org.company1, "Nguyễn Văn Hùng");
        org.app.units().dissolve(org.battalion1.id(), LocalDate.of(2026, 5, 1));
        assertThat(org.app.units().get(org.company1.id()).dissolvedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(org.app.roster().get(person.id()).unitId()).isEqualTo(org.company1.id());
        assertThatThrownBy(() -> org.add(org.company1, "Trần Văn An"))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("roster.error.unitDissolved");
    }

    @Test
    void codesAreUniqueRegardlessOfCaseAndMustBePlain() {
        assertThatThrownBy(() -> org.app.units().add(null, "trd19", "Trung đoàn khác", null, null))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("unit.error.codeTaken");
        assertThatThrownBy(() -> org.app.units().add(null, "Đại đội 5", "Đại đội 5", null, null))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("unit.error.codeInvalid");
        assertThat(org.app.units().byCode("TRD19")).map(Unit::id).contains(org.regiment.id());
    }

    @Test
    void editingRenamesAndReordersSiblings() {
        Unit c2 = org.company2;
        org.app.units().update(new Unit(c2.id(), c2.parentId(), "c2", "  Đại đội   2 ", "c2", "Đại đội", 0, null));
        assertThat(org.app.units().tree()).extracting(n -> n.unit().code()).containsExactly("TrD19", "d1", "c2", "c1", "d2");
        assertThat(org.app.units().get(c2.id()).name()).isEqualTo("Đại đội 2");
        assertThatThrownBy(() -> org.app.units().update(new Unit(c2.id(), c2.parentId(), "C1", "Đại đội 2", null, null, 1, null)))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("unit.error.codeTaken");
    }

    @Test
    void matcherFindsUnitsByCodeOrUniqueFoldedName() {
        UnitMatcher matcher = org.app.units().matcher();
        assertThat(matcher.find("C2")).map(Unit::id).contains(org.company2.id());
        assertThat(matcher.find("dai doi 1")).map(Unit::id).contains(org.company1.id());
        assertThat(matcher.find("TIỂU ĐOÀN 2")).map(Unit::id).contains(org.battalion2.id());
        assertThat(matcher.find("Đại đội 9")).isEmpty();
    }
}
