package vn.tdkt.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.Gender;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The page's state without a window: searches as typed, filters by unit, the person form saves and refuses bad dates. */
class RosterViewModelTest {
    @TempDir
    Path dir;
    private AppContext app;
    private RecordingDialogs dialogs;
    private UiContext ui;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        dialogs = new RecordingDialogs(app.messages());
        ui = new UiContext(app.messages(), new ImmediateTaskRunner(dialogs), dialogs);
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void emptyStateSaysWhatToDoFirst() {
        RosterViewModel model = new RosterViewModel(ui, app.org(), new vn.tdkt.org.RosterExporter(ui.messages()), javafx.util.Duration.ZERO);
        model.load();
        assertThat(model.placeholderProperty().get()).isEqualTo("Chưa có đơn vị nào. Bấm 'Thêm đơn vị' hoặc 'Nhập từ Excel'.");
    }

    @Test
    void typingFiltersAndTheFormSavesIntoTheSelectedUnit() {
        RosterViewModel model = new RosterViewModel(ui, app.org(), new vn.tdkt.org.RosterExporter(ui.messages()), javafx.util.Duration.ZERO);
        Unit c1 = addUnit(model, "c1", "Đại đội 1");
        Unit c2 = addUnit(model, "c2", "Đại đội 2");
        assertThat(model.selectedUnitProperty().get()).isEqualTo(c2);
        PersonFormModel form = new PersonFormModel(ui, app.roster());
        form.startNew(c1);
        form.fullNameProperty().set("Trần Đức Hưởng");
        form.genderProperty().set(Gender.MALE);
        form.birthProperty().set("1990");
        assertThat(form.dirtyProperty().get()).isTrue();
        form.save(saved -> { });
        assertThat(form.dirtyProperty().get()).isFalse();
        form.startNew(c2);
        form.fullNameProperty().set("Lê Thị Hoa");
        form.save(saved -> { });

        model.selectedUnitProperty().set(null);
        model.load();
        assertThat(model.people()).hasSize(2);
        model.searchProperty().set("HUONG");
        assertThat(model.people()).extracting(e -> e.person().fullName()).containsExactly("Trần Đức Hưởng");
        model.searchProperty().set("");
        model.selectedUnitProperty().set(c2);
        assertThat(model.people()).extracting(e -> e.person().fullName()).containsExactly("Lê Thị Hoa");
        assertThat(model.summaryProperty().get()).isEqualTo("1 người");

        form.edit(model.people().getFirst());
        form.partyDateProperty().set("31/02/2020");
        form.save(saved -> { });
        assertThat(dialogs.errors()).singleElement().asString().contains("Ngày vào Đảng", "31/02/2020");
        assertThat(form.dirtyProperty().get()).isTrue();
    }

    @Test
    void dissolvingAsksFirstNamingHowManyPeople() {
        RosterViewModel model = new RosterViewModel(ui, app.org(), new vn.tdkt.org.RosterExporter(ui.messages()), javafx.util.Duration.ZERO);
        Unit c1 = addUnit(model, "c1", "Đại đội 1");
        PersonFormModel form = new PersonFormModel(ui, app.roster());
        form.startNew(c1);
        form.fullNameProperty().set("Trần Đức Hưởng");
        form.save(saved -> { });
        dialogs.answerConfirmations(false);
        model.dissolveUnit(c1);
        assertThat(dialogs.notices().getLast()).contains("Đại đội 1", "1 người");
        assertThat(app.units().get(c1.id()).dissolved()).isFalse();
        dialogs.answerConfirmations(true);
        model.dissolveUnit(c1);
        assertThat(app.units().get(c1.id()).dissolved()).isTrue();
    }

    @Test
    void aLargeListArrivesAsAFirstPageThenTheRest() {
        RosterViewModel model = new RosterViewModel(ui, app.org(), new vn.tdkt.org.RosterExporter(ui.messages()), javafx.util.Duration.ZERO);
        Unit c1 = addUnit(model, "c1", "Đại đội 1");
        for (int i = 0; i < vn.tdkt.org.RosterService.FIRST_PAGE + 30; i++) {
            app.roster().add(c1.id(), vn.tdkt.org.PersonDetails.named("Nguyễn Văn " + (char) ('A' + i % 26) + "ương"));
        }
        java.util.List<Integer> sizes = new java.util.ArrayList<>();
        model.people().addListener((javafx.collections.ListChangeListener<vn.tdkt.org.RosterEntry>) c -> sizes.add(model.people().size()));

        model.load();

        assertThat(sizes).containsExactly(vn.tdkt.org.RosterService.FIRST_PAGE, vn.tdkt.org.RosterService.FIRST_PAGE + 30);
        assertThat(model.summaryProperty().get()).isEqualTo("130 người");
        assertThat(model.people()).extracting(e -> e.person().fullName())
                .isSortedAccordingTo(vn.tdkt.core.VietnameseNames.nameOrder());
    }

    private static Unit addUnit(RosterViewModel model, String code, String name) {
        java.util.concurrent.atomic.AtomicReference<Unit> added = new java.util.concurrent.atomic.AtomicReference<>();
        model.addUnit(null, code, name, null, "Đại đội", added::set);
        return added.get();
    }
}
