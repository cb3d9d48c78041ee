package vn.tdkt.org.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
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
        RosterViewModel model = new RosterViewModel(ui, app.org(), new vn.tdkt.org.RosterExporter(ui.messages()));
        model.load();
        assertThat(model.placeholderProperty().get()).isEqualTo("Chưa có đơn vị nào. Bấm 'Thêm đơn vị' hoặc 'Nhập từ Excel'.");
    }

    @Test
    void typingFiltersAndTheFormSavesIntoTheSelectedUnit() {
        RosterViewModel model = new RosterViewModel(ui, app.org(), new vn.tdkt.org.RosterExporter(ui.messages()));
        Unit c1 = model.addUnit(null, "c1", "Đại đội 1", null, "Đại đội");
        Unit c2 = model.addUnit(null, "c2", "Đại đội 2", null, "Đại đội");
        PersonFormModel form = new PersonFormModel(app.roster());
        form.startNew(c1);
        form.fullNameProperty().set("Trần Đức Hưởng");
        form.genderProperty().set(Gender.MALE);
        form.birthProperty().set("1990");
        assertThat(form.dirtyProperty().get()).isTrue();
        form.save();
        assertThat(form.dirtyProperty().get()).isFalse();
        form.startNew(c2);
        form.fullNameProperty().set("Lê Thị Hoa");
        form.save();

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
        assertThatThrownBy(form::save).isInstanceOf(AppException.class)
                .extracting(e -> app.messages().describe(e)).asString().contains("Ngày vào Đảng", "31/02/2020");
    }

    @Test
    void dissolvingAsksFirstNamingHowManyPeople() {
        RosterViewModel model = new RosterViewModel(ui, app.org(), new vn.tdkt.org.RosterExporter(ui.messages()));
        Unit c1 = model.addUnit(null, "c1", "Đại đội 1", null, null);
        PersonFormModel form = new PersonFormModel(app.roster());
        form.startNew(c1);
        form.fullNameProperty().set("Trần Đức Hưởng");
        form.save();
        dialogs.answerConfirmations(false);
        assertThat(model.dissolveUnit(c1)).isFalse();
        assertThat(dialogs.notices().getLast()).contains("Đại đội 1", "1 người");
        assertThat(app.units().get(c1.id()).dissolved()).isFalse();
        dialogs.answerConfirmations(true);
        assertThat(model.dissolveUnit(c1)).isTrue();
        assertThat(app.units().get(c1.id()).dissolved()).isTrue();
    }
}
