package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.org.Person;
import vn.tdkt.org.RosterEntry;

/** Registration rules, registering a whole unit in one action, who has not registered, coverage per unit. */
class RegistrationServiceTest {
    private static final String CSTT = "Chiến sĩ tiên tiến";
    private static final String CSTDCS = "Chiến sĩ thi đua cơ sở";

    @TempDir
    Path dir;
    private PlanFixture f;

    @BeforeEach
    void open() {
        f = new PlanFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aPersonRegistersOneTitleAndOneAwardFormAYear() {
        Person hung = f.person(f.company1, "Nguyễn Văn Hùng");
        f.registrations().registerPerson(2026, hung.id(), "chien si thi dua co so", "Cải tiến bia bắn");
        assertThatThrownBy(() -> f.registrations().registerPerson(2026, hung.id(), CSTT, null))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.personRegistered");
        f.registrations().registerPerson(2026, hung.id(), "Giấy khen", null);
        f.registrations().registerPerson(2027, hung.id(), CSTT, null);
        assertThatThrownBy(() -> f.registrations().registerPerson(2026, hung.id(), "Đơn vị quyết thắng", null))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.personTitle");
        assertThat(f.registrations().personLines(2026, null)).extracting(l -> l.registration().title(), l -> l.registration().initiatives())
                .containsExactly(tuple(CSTDCS, "Cải tiến bia bắn"), tuple("Giấy khen", null));
    }

    @Test
    void someoneWhoLeftOrADissolvedUnitCannotBeNewlyRegistered() {
        Person left = f.person(f.company1, "Trần Văn An");
        f.app.roster().markLeft(left.id(), LocalDate.of(2026, 3, 1), "Ra quân");
        assertThatThrownBy(() -> f.registrations().registerPerson(2026, left.id(), CSTT, null))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.personLeft");
        Person moved = f.person(f.company2, "Lê Văn Bình");
        f.app.units().dissolve(f.company2.id(), LocalDate.of(2026, 2, 1));
        assertThatThrownBy(() -> f.registrations().registerPerson(2026, moved.id(), CSTT, null))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.unitDissolved");
        assertThatThrownBy(() -> f.registrations().registerUnit(2026, f.company2.id(), "Đơn vị tiên tiến", null))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.unitDissolved");
        assertThat(f.registrations().personLines(2026, null)).isEmpty();
        f.registrations().registerUnit(2026, f.company1.id(), "Đơn vị quyết thắng", null);
        assertThatThrownBy(() -> f.registrations().registerUnit(2026, f.company1.id(), "Đơn vị tiên tiến", null))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.unitRegistered");
        assertThat(f.registrations().unitLines(2026, f.battalion1.id())).extracting(RegistrationLine::name).containsExactly("Đại đội 1");
    }

    @Test
    void aWholeCompanyRegistersInOneActionAndTheCoverageFollows() {
        Person captain = f.person(f.company1, "Phạm Quang Dũng", "Đại đội trưởng");
        Person early = f.person(f.company1, "Vũ Văn Em");
        f.person(f.company1, "Đỗ Văn Giang");
        f.person(f.company2, "Hoàng Văn Hải");
        f.person(f.company3, "Bùi Văn Khánh");
        f.registrations().registerPerson(2026, early.id(), CSTDCS, null);
        assertThat(f.registrations().notRegistered(2026, f.battalion1.id())).extracting(e -> e.person().fullName())
                .containsExactly("Phạm Quang Dũng", "Đỗ Văn Giang", "Hoàng Văn Hải");

        RegistrationService.BulkResult result = f.registrations().registerWholeUnit(2026, f.company1.id(), CSTT, Set.of(captain.id()), CSTDCS);

        assertThat(result).isEqualTo(new RegistrationService.BulkResult(2, 1));
        assertThat(f.registrations().personLines(2026, f.company1.id())).extracting(RegistrationLine::name, l -> l.registration().title())
                .containsExactly(tuple("Phạm Quang Dũng", CSTDCS), tuple("Vũ Văn Em", CSTDCS), tuple("Đỗ Văn Giang", CSTT));
        assertThat(f.registrations().notRegistered(2026, null)).extracting(RosterEntry::unitCode).containsExactly("c2", "c3");
        assertThat(f.registrations().coverage(2026, null)).extracting(Coverage::unitName, Coverage::people, Coverage::registered)
                .containsExactly(tuple("Tiểu đoàn 1", 4, 3), tuple("Tiểu đoàn 2", 1, 0), tuple("Tiểu đoàn 3", 0, 0));
        assertThat(f.registrations().coverage(2026, f.battalion1.id())).extracting(Coverage::unitName, Coverage::share)
                .containsExactly(tuple("Đại đội 1", 100.0), tuple("Đại đội 2", 0.0));
        assertThat(f.app.audit().history("registration", f.company1.id())).singleElement()
                .satisfies(e -> assertThat(e.newValue()).contains("2 registered"));
    }

    @Test
    void aRegistrationsTitleCanChangeWithinItsFamilyOnly() {
        Person hung = f.person(f.company1, "Nguyễn Văn Hùng");
        Registration r = f.registrations().registerPerson(2026, hung.id(), CSTT, null);
        f.registrations().update(r.id(), CSTDCS, "Sáng kiến A\nSáng kiến B");
        assertThatThrownBy(() -> f.registrations().update(r.id(), "Giấy khen", null)).hasFieldOrPropertyWithValue("messageKey", "plan.error.familyChange");
        assertThat(f.registrations().personLines(2026, null)).singleElement()
                .satisfies(l -> assertThat(l.registration()).extracting(Registration::title, Registration::initiatives)
                        .containsExactly(CSTDCS, "Sáng kiến A\nSáng kiến B"));
        assertThat(f.app.audit().history("registration", r.id())).extracting(e -> e.field()).containsExactly(null, "title", "initiatives");
    }
}
