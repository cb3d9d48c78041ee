package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.Progress;

/** Two people never become one: identity keeps the marks, needs a birth date or an identifier, and doubts go to review. */
class RosterIdentityTest {
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

    private ImportPreview preview(Path file) {
        ImportSource source = org.app.rosterImporter().read(file);
        return org.app.rosterImporter().preview(source, source.suggested(), org.company1.id(), Progress.NONE);
    }

    private Person person(String name, String birth, String rank, Unit unit) {
        return org.app.roster().add(unit.id(), new PersonDetails(name, null, birth == null ? null : RosterDates.parse(birth).orElseThrow(),
                null, rank, null, null, false, null, null, null, null));
    }

    @Test
    void aNameDifferingInItsMarksIsNeverAnUpdate() throws Exception {
        Person hung = person("Nguyễn Văn Hùng", "05/12/1990", "Trung úy", org.company1);
        Path file = TestWorkbooks.write(dir.resolve("hung.xlsx"), sheet -> {
            TestWorkbooks.row(sheet, 0, "STT", "Họ và tên", "Ngày sinh", "Cấp bậc");
            TestWorkbooks.row(sheet, 1, 1, "Nguyễn Văn Hưng", "05/12/1990", "Đại úy");
        });

        ImportPreview preview = preview(file);
        assertThat(preview.updates()).isEmpty();
        assertThat(preview.reviews()).extracting(r -> r.row().details().fullName(), ImportPreview.ReviewRow::reasonKey)
                .containsExactly(tuple("Nguyễn Văn Hưng", "roster.review.marks"));
        assertThat(org.app.rosterImporter().apply(preview, Progress.NONE)).isEqualTo(new ImportResult(0, 0, 0, 1));

        Person after = org.app.roster().get(hung.id());
        assertThat(after.fullName()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(after.details().rank()).isEqualTo("Trung úy");
        assertThat(org.app.roster().search(RosterQuery.ALL)).hasSize(1);
    }

    @Test
    void tonePlacementAndCaseDoNotMakeAnotherPerson() throws Exception {
        Person thuy = person("Nguyễn Thị Thủy", "01/02/1995", null, org.company1);
        Path file = TestWorkbooks.write(dir.resolve("thuy.xls"), sheet -> {
            TestWorkbooks.row(sheet, 0, "Họ và tên", "Ngày sinh", "Cấp bậc");
            TestWorkbooks.row(sheet, 1, "NGUYỄN THỊ THUỶ", "01/02/1995", "Thiếu uý");
        });

        ImportPreview preview = preview(file);
        assertThat(preview.updates()).extracting(ImportRow::existingId).containsExactly(thuy.id());
        org.app.rosterImporter().apply(preview, Progress.NONE);
        assertThat(org.app.roster().get(thuy.id()).details().rank()).isEqualTo("Thiếu úy");
        assertThat(org.app.roster().choices(ChoiceList.RANK)).filteredOn(r -> RosterService.sameChoice(r, "Thiếu úy")).containsExactly("Thiếu úy");
    }

    @Test
    void sameNameWithoutBirthDatesGoesToReviewWhereTheOfficerDecides() throws Exception {
        Person inCompany2 = person("Trần Văn Nam", null, null, org.company2);
        Path file = TestWorkbooks.write(dir.resolve("nam.xlsx"), sheet -> {
            TestWorkbooks.row(sheet, 0, "Họ và tên", "Cấp bậc", "Đơn vị");
            TestWorkbooks.row(sheet, 1, "Trần Văn Nam", "Binh nhì", "c1");
            TestWorkbooks.row(sheet, 2, "Lê Văn Tám", "Binh nhì", "c1");
        });

        ImportPreview preview = preview(file);
        assertThat(preview.additions()).extracting(r -> r.details().fullName()).containsExactly("Lê Văn Tám");
        assertThat(preview.updates()).isEmpty();
        ImportPreview.ReviewRow review = preview.reviews().getFirst();
        assertThat(review.reasonKey()).isEqualTo("roster.review.noBirth");
        assertThat(review.candidates()).extracting(ImportPreview.Candidate::personId, ImportPreview.Candidate::unitName)
                .containsExactly(tuple(inCompany2.id(), "Đại đội 2"));

        ImportResult result = org.app.rosterImporter().apply(preview, Map.of(review.row().row(), ReviewDecision.newPerson()), Progress.NONE);

        assertThat(result).isEqualTo(new ImportResult(2, 0, 0, 0));
        assertThat(org.app.roster().search(RosterQuery.text("tran van nam"))).extracting(RosterEntry::unitCode)
                .containsExactlyInAnyOrder("c1", "c2");
        assertThat(org.app.roster().transfers(inCompany2.id())).isEmpty();
    }

    @Test
    void updateThisPersonMergesIntoTheChosenOne() throws Exception {
        Person nam = person("Trần Văn Nam", null, null, org.company1);
        Path file = TestWorkbooks.write(dir.resolve("nam.xlsx"), sheet -> {
            TestWorkbooks.row(sheet, 0, "Họ và tên", "Cấp bậc");
            TestWorkbooks.row(sheet, 1, "Trần Văn Nam", "Hạ sĩ");
        });
        ImportPreview preview = preview(file);

        ImportResult result = org.app.rosterImporter().apply(preview, Map.of(2, ReviewDecision.update(nam.id())), Progress.NONE);

        assertThat(result).isEqualTo(new ImportResult(0, 1, 0, 0));
        assertThat(org.app.roster().get(nam.id()).details().rank()).isEqualTo("Hạ sĩ");
        assertThat(org.app.roster().search(RosterQuery.ALL)).hasSize(1);
    }

    @Test
    void theIdentifierRecognisesAPersonAndTellsNamesakesApart() throws Exception {
        Person first = org.app.roster().add(org.company1.id(), new PersonDetails("Lê Văn An", null, RosterDates.parse("1990").orElseThrow(),
                null, null, null, null, false, null, null, null, null, "QN-111"));
        Path file = TestWorkbooks.write(dir.resolve("an.xlsx"), sheet -> {
            TestWorkbooks.row(sheet, 0, "STT", "Họ và tên", "Năm sinh", "Số hiệu quân nhân", "Chức vụ");
            TestWorkbooks.row(sheet, 1, 1, "Lê Văn An", 1990, "qn-111", "Tiểu đội trưởng");
            TestWorkbooks.row(sheet, 2, 2, "Lê Văn An", 1990, "QN-222", "Chiến sĩ");
        });

        ImportPreview preview = preview(file);

        assertThat(preview.updates()).extracting(ImportRow::row, ImportRow::existingId).containsExactly(tuple(2, first.id()));
        assertThat(preview.additions()).extracting(r -> r.details().identifier()).containsExactly("QN-222");
        assertThat(preview.reviews()).isEmpty();
        org.app.rosterImporter().apply(preview, Progress.NONE);
        assertThat(org.app.roster().get(first.id()).details().position()).isEqualTo("Tiểu đội trưởng");
        assertThat(org.app.roster().search(RosterQuery.text("le van an"))).hasSize(2);
    }
}
