package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNames;

class RosterServiceTest {
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

    private List<String> names(RosterQuery query) {
        return org.app.roster().search(query).stream().map(e -> e.person().fullName()).toList();
    }

    @Test
    void searchIgnoresDiacriticsAndCaseAndMatchesWordPrefixes() {
        org.add(org.company1, "Nguyễn Văn Hùng");
        org.add(org.company1, "Nguyễn Văn Hưng");
        org.add(org.company2, "Trần Đức Hưởng");
        org.add(org.company2, "Lê Thị Hoa");
        assertThat(names(RosterQuery.text("nguyen van hung"))).containsExactlyInAnyOrder("Nguyễn Văn Hùng", "Nguyễn Văn Hưng");
        assertThat(names(RosterQuery.text("NGUYỄN văn Hùng"))).containsExactlyInAnyOrder("Nguyễn Văn Hùng", "Nguyễn Văn Hưng");
        assertThat(names(RosterQuery.text("Hung"))).containsExactlyInAnyOrder("Nguyễn Văn Hùng", "Nguyễn Văn Hưng");
        assertThat(names(RosterQuery.text("duc huo"))).containsExactly("Trần Đức Hưởng");
        assertThat(names(RosterQuery.text("  hoa  le "))).containsExactly("Lê Thị Hoa");
        assertThat(names(RosterQuery.text("ung"))).isEmpty();
    }

    @Test
    void namesTypedDecomposedAreStoredComposedAndFound() {
        String decomposed = Normalizer.normalize("  Phạm   Thị Hằng ", Normalizer.Form.NFD);
        Person person = org.add(org.company1, decomposed);
        assertThat(person.fullName()).isEqualTo("Phạm Thị Hằng");
        assertThat(Normalizer.isNormalized(person.fullName(), Normalizer.Form.NFC)).isTrue();
        assertThat(names(RosterQuery.text("hang"))).containsExactly("Phạm Thị Hằng");
    }

    @Test
    void listsSortTheVietnameseWayByGivenName() {
        List<String> people = List.of("Nguyễn Văn Đức", "Trần Văn An", "Lê Văn Dũng", "Phạm Thị Ánh", "Bùi Minh Bình",
                "Nguyễn Văn Ân", "Đỗ Văn An", "Hoàng Ánh");
        people.forEach(name -> org.add(org.company1, name));
        List<String> expected = new ArrayList<>(people);
        expected.sort(VietnameseNames.nameOrder());
        assertThat(names(RosterQuery.ALL)).containsExactlyElementsOf(expected);
        assertThat(names(RosterQuery.ALL).subList(0, 2)).containsExactly("Đỗ Văn An", "Trần Văn An");
        assertThat(names(RosterQuery.ALL).indexOf("Lê Văn Dũng")).isLessThan(names(RosterQuery.ALL).indexOf("Nguyễn Văn Đức"));
    }

    @Test
    void filtersByUnitSubtreeRankAndCategory() {
        org.app.roster().add(org.company1.id(), new PersonDetails("Nguyễn Văn Hùng", Gender.MALE, null, null, "Trung úy",
                "Trung đội trưởng", "Sĩ quan", true, null, null, null, null));
        org.app.roster().add(org.company2.id(), new PersonDetails("Trần Văn Hùng", Gender.MALE, null, null, "Binh nhì",
                "Chiến sĩ", "HSQ-BS", false, null, null, null, null));
        org.add(org.battalion2, "Lê Văn Hùng");
        assertThat(names(RosterQuery.text("hung").inUnit(org.battalion1.id()))).containsExactlyInAnyOrder("Nguyễn Văn Hùng", "Trần Văn Hùng");
        assertThat(names(RosterQuery.ALL.inUnit(org.company2.id()))).containsExactly("Trần Văn Hùng");
        assertThat(names(new RosterQuery("", null, "Trung úy", null, false))).containsExactly("Nguyễn Văn Hùng");
        assertThat(names(new RosterQuery("", null, null, "HSQ-BS", false))).containsExactly("Trần Văn Hùng");
    }

    @Test
    void transfersKeepTheirHistoryWithDates() {
        Person person = org.add(org.company1, "Nguyễn Văn Hùng");
        org.app.roster().transfer(person.id(), org.company2.id(), LocalDate.of(2025, 3, 1), "Điều động");
        org.app.roster().transfer(person.id(), org.battalion2.id(), LocalDate.of(2026, 1, 10), null);
        assertThat(org.app.roster().get(person.id()).unitId()).isEqualTo(org.battalion2.id());
        assertThat(org.app.roster().transfers(person.id()))
                .extracting(Transfer::fromUnitId, Transfer::toUnitId, Transfer::movedOn, Transfer::note)
                .containsExactly(
                        tuple(org.company1.id(), org.company2.id(), LocalDate.of(2025, 3, 1), "Điều động"),
                        tuple(org.company2.id(), org.battalion2.id(), LocalDate.of(2026, 1, 10), null));
        assertThatThrownBy(() -> org.app.roster().transfer(person.id(), org.battalion2.id(), null, null))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("roster.error.sameUnit");
    }

    @Test
    void peopleWhoLeftStayOnRecordButOutOfTheDefaultList() {
        Person person = org.add(org.company1, "Nguyễn Văn Hùng");
        org.app.roster().markLeft(person.id(), null, "Ra quân");
        assertThat(names(RosterQuery.ALL)).isEmpty();
        assertThat(names(new RosterQuery("hung", null, null, null, true))).containsExactly("Nguyễn Văn Hùng");
        Person left = org.app.roster().get(person.id());
        assertThat(left.leftOn()).isEqualTo(LocalDate.of(2026, 6, 15));
        assertThat(left.leftReason()).isEqualTo("Ra quân");
        assertThatThrownBy(() -> org.app.roster().transfer(person.id(), org.company2.id(), null, null))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("roster.error.transferLeft");
    }

    @Test
    void editingKeepsDatePrecisionAndAddsNewChoicesToTheLists() {
        Person person = org.add(org.company1, "Nguyễn Văn Hùng");
        VietnameseDates.Parsed year = VietnameseDates.parse("1990").orElseThrow();
        org.app.roster().update(person.id(), new PersonDetails("Nguyễn Văn Hùng", Gender.MALE, year, "Hà Tĩnh", "Trung úy",
                "Trợ lý tuyên huấn", "Sĩ quan", false, VietnameseDates.parse("03/2015").orElseThrow(), null, "Đại học", null));
        PersonDetails saved = org.app.roster().get(person.id()).details();
        assertThat(RosterDates.format(saved.birth())).isEqualTo("1990");
        assertThat(RosterDates.format(saved.partyDate())).isEqualTo("03/2015");
        assertThat(saved.partyMember()).isTrue();
        assertThat(org.app.roster().choices(ChoiceList.POSITION)).contains("Trợ lý tuyên huấn", "Chiến sĩ");
        assertThat(org.app.roster().choices(ChoiceList.RANK)).startsWith("Binh nhì", "Binh nhất");
        assertThatThrownBy(() -> org.app.roster().update(person.id(), PersonDetails.named("   ")))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("roster.error.nameRequired");
    }
}
