package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.db.jooq.Tables.ORG_CHOICE;
import static vn.tdkt.db.jooq.Tables.PERSON;
import static vn.tdkt.db.jooq.Tables.ROSTER_META;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;

/** The stored name keys follow the collation and the canonical spelling: built under other rules, they are rebuilt on start. */
class RosterIndexTest {
    @TempDir
    Path dir;

    @Test
    void keysBuiltUnderAnotherCollationAreRebuiltOnStart() {
        try (OrgFixture org = new OrgFixture(dir)) {
            org.app.roster().add(org.company1.id(), new PersonDetails("Lê Văn Em", null, null, null, "Thiếu úy", null, null,
                    false, null, null, null, null));
            org.add(org.company1, "Trần Đức");
            org.add(org.company1, "Nguyễn Thị Thủy");
            // What an older version or a runtime without the Vietnamese rules left: root-order keys, old tone placement.
            var dsl = org.app.database().dsl();
            dsl.update(PERSON).set(PERSON.SORT_KEY, new byte[] {9}).where(PERSON.FULL_NAME.eq("Trần Đức")).execute();
            dsl.update(PERSON).set(PERSON.SORT_KEY, new byte[] {1}).where(PERSON.FULL_NAME.eq("Lê Văn Em")).execute();
            dsl.update(PERSON).set(PERSON.FULL_NAME, "Nguyễn Thị Thuỷ").set(PERSON.RANK, "Thiếu uý").set(PERSON.NAME_KEY, "")
                    .set(PERSON.SORT_KEY, new byte[] {5})
                    .where(PERSON.FULL_NAME.eq("Nguyễn Thị Thủy")).execute();
            dsl.insertInto(ORG_CHOICE).set(ORG_CHOICE.LIST, "rank").set(ORG_CHOICE.NAME, "Thiếu uý").set(ORG_CHOICE.SORT_ORDER, 99).execute();
            dsl.update(ROSTER_META).set(ROSTER_META.VALUE, "0:root").execute();
            assertThat(org.app.roster().search(RosterQuery.ALL)).extracting(e -> e.person().fullName()).containsExactly("Lê Văn Em", "Nguyễn Thị Thuỷ", "Trần Đức");
        }

        try (AppContext app = AppContext.open(new DataFolder(dir.resolve("data")), OrgFixture.CLOCK)) {
            assertThat(app.roster().search(RosterQuery.ALL)).extracting(e -> e.person().fullName())
                    .containsExactly("Trần Đức", "Lê Văn Em", "Nguyễn Thị Thủy");
            assertThat(app.roster().search(RosterQuery.text("thuy"))).extracting(e -> e.person().details().rank()).hasSize(1);
            assertThat(app.roster().choices(ChoiceList.RANK)).contains("Thiếu úy").doesNotContain("Thiếu uý");
            assertThat(app.database().dsl().select(ROSTER_META.VALUE).from(ROSTER_META).fetchOne(ROSTER_META.VALUE))
                    .isEqualTo(RosterIndex.version());
            assertThat(new RosterIndex(app.database(), new PersonRepository(app.database()), new ChoiceRepository(app.database()))
                    .ensureCurrent()).as("nothing to rebuild the second time").isFalse();
        }
    }

    /** Received people are read-only (V10), yet their keys are this installation's and must follow its collation (V21). */
    @Test
    void keysOfAPersonReceivedFromAnotherUnitAreRebuiltWithoutTouchingWhatTheSenderWrote() {
        String received;
        try (OrgFixture org = new OrgFixture(dir)) {
            org.add(org.company1, "Trần Đức");
            received = org.app.roster().add(org.company1.id(), PersonDetails.named("Lê Văn Em")).id();
            var dsl = org.app.database().dsl();
            // As the sender's package left it: its own spelling of the rank, then marked as received.
            dsl.update(PERSON).set(PERSON.RANK, "Thiếu uý").where(PERSON.ID.eq(received)).execute();
            org.markReceived("person", received);
            dsl.update(PERSON).set(PERSON.SORT_KEY, new byte[] {1}).where(PERSON.ID.eq(received)).execute();
            dsl.update(PERSON).set(PERSON.SORT_KEY, new byte[] {9}).where(PERSON.FULL_NAME.eq("Trần Đức")).execute();
            dsl.update(ROSTER_META).set(ROSTER_META.VALUE, "0:root").execute();
            assertThat(org.app.roster().search(RosterQuery.ALL)).extracting(e -> e.person().fullName()).containsExactly("Lê Văn Em", "Trần Đức");
        }

        try (AppContext app = AppContext.open(new DataFolder(dir.resolve("data")), OrgFixture.CLOCK)) {
            assertThat(app.roster().search(RosterQuery.ALL)).extracting(e -> e.person().fullName()).containsExactly("Trần Đức", "Lê Văn Em");
            assertThat(app.roster().get(received).details().rank()).as("the sender's text is kept").isEqualTo("Thiếu uý");
            assertThat(app.roster().search(RosterQuery.text("le van"))).hasSize(1);
        }
    }

    @Test
    void theRankFilterFindsPeopleWhateverTonePlacementWasTyped() {
        try (OrgFixture org = new OrgFixture(dir)) {
            org.app.roster().add(org.company1.id(), new PersonDetails("Phạm Văn Hòa", null, null, null, "Thiếu uý", null, null,
                    false, null, null, null, null));
            assertThat(org.app.roster().search(new RosterQuery("", null, "Thiếu úy", null, false))).hasSize(1);
            assertThat(org.app.roster().search(new RosterQuery("", null, "Thiếu uý", null, false))).hasSize(1);
            assertThat(org.app.roster().choices(ChoiceList.RANK)).filteredOn(r -> RosterService.sameChoice(r, "Thiếu uý")).containsExactly("Thiếu úy");
            assertThat(org.app.roster().addChoice(ChoiceList.RANK, "THIẾU UÝ")).isFalse();
        }
    }
}
