package vn.tdkt.exemplar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.exemplar.Exemplar;
import vn.tdkt.exemplar.ExemplarSettings;
import vn.tdkt.exemplar.ExemplarSettings.TraitList;
import vn.tdkt.exemplar.SampleEvidence;
import vn.tdkt.exemplar.ui.ExemplarSettingsModel.ChoiceList;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** Editing a model's discovery record, attaching evidence and the feature's settings, without a window. */
class ExemplarEditingModelTest {
    @TempDir
    Path dir;
    private AppContext app;
    private RecordingDialogs dialogs;
    private ExemplarBoardModel board;
    private ExemplarSettingsModel settings;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        dialogs = new RecordingDialogs(app.messages());
        UiContext ui = new UiContext(app.messages(), new ImmediateTaskRunner(dialogs), dialogs);
        Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
        app.roster().add(regiment.id(), PersonDetails.named("Nguyễn Văn Hùng"));
        board = new ExemplarBoardModel(ui, app.exemplars(), app.roster(), app.units());
        settings = new ExemplarSettingsModel(ui, app.exemplars().exemplars());
        board.load();
        settings.load();
        board.discover(app.roster().search(RosterQuery.text("hung")).getFirst(), null, "Huấn luyện", "Bắn giỏi", "Ban Chính trị",
                board.today(), List.of(), () -> { });
        assertThat(dialogs.errors()).isEmpty();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Exemplar shown() {
        return board.selectionProperty().get().dossier().exemplar();
    }

    @Test
    void theDiscoveryRecordIsCorrectedWithTraitsFromTheEditableList() {
        settings.add(ChoiceList.ARMY_TRAITS, "Đặc trưng thứ nhất (nhập từ văn bản gốc)", () -> { });
        assertThat(board.optionsProperty().get().traits()).as("the board offers the list in use after reloading").isEmpty();
        board.load();
        assertThat(board.optionsProperty().get().traits()).containsExactly("Đặc trưng thứ nhất (nhập từ văn bản gốc)");

        board.updateProfile("Da\u0302n vận", "  Giúp dân xây nhà  ", "Ban Chính trị Trung đoàn", "02/01/2026",
                List.of("Đặc trưng thứ nhất (nhập từ văn bản gốc)"));
        assertThat(dialogs.errors()).isEmpty();
        Exemplar saved = app.exemplars().exemplars().get(shown().id());
        assertThat(saved.field()).isEqualTo("Dân vận");
        assertThat(saved.reason()).isEqualTo("Giúp dân xây nhà");
        assertThat(saved.discoveredBy()).isEqualTo("Ban Chính trị Trung đoàn");
        assertThat(saved.discoveredOn()).isEqualTo(java.time.LocalDate.of(2026, 1, 2));
        assertThat(saved.traits()).containsExactly("Đặc trưng thứ nhất (nhập từ văn bản gốc)");
        assertThat(shown().field()).as("the panel shows the saved record").isEqualTo("Dân vận");
        assertThat(dialogs.notices()).last().isEqualTo("Đã lưu thông tin phát hiện của Nguyễn Văn Hùng.");
    }

    @Test
    void aBadCorrectionIsRefusedInVietnameseAndTheRecordStays() {
        board.guard(() -> board.updateProfile("Dân vận", "Giúp dân", "Ban", "31/13/2026", List.of()));
        board.updateProfile("Dân vận", "   ", "Ban", board.today(), List.of());
        assertThat(dialogs.errors()).containsExactly(
                "Ngày phát hiện \"31/13/2026\" không đọc được. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 05/12/2026.",
                "Chưa nhập Lý do lựa chọn.");
        Exemplar saved = app.exemplars().exemplars().get(shown().id());
        assertThat(saved.field()).isEqualTo("Huấn luyện");
        assertThat(saved.reason()).isEqualTo("Bắn giỏi");
    }

    @Test
    void evidenceIsConfirmedWhenStoredAndRefusedWithItsReason() throws Exception {
        Path photo = dir.resolve("anh-huan-luyen.jpg");
        Files.write(photo, SampleEvidence.photo(640, 480, "Huấn luyện", 1));
        Path cut = dir.resolve("anh-chep-do.jpg");
        byte[] whole = SampleEvidence.photo(640, 480, "Chép dở", 2);
        Files.write(cut, Arrays.copyOf(whole, whole.length / 2));
        Path text = dir.resolve("ghi-chu.jpg");
        Files.writeString(text, "không phải ảnh");

        board.attach(photo, "Buổi huấn luyện", () -> { });
        board.attach(cut, null, () -> { });
        board.attach(text, null, () -> { });
        assertThat(dialogs.notices()).last().asString().startsWith("Đã đính kèm anh-huan-luyen.jpg (");
        assertThat(dialogs.errors()).containsExactly(
                "Tệp anh-chep-do.jpg bị hỏng hoặc không đầy đủ (có thể chép dở), không đính kèm. Hãy chép lại tệp gốc.",
                "Tệp ghi-chu.jpg không phải ảnh JPEG, PNG hay tệp PDF nên không đính kèm được.");
        assertThat(board.selectionProperty().get().dossier().evidence()).extracting(e -> e.caption()).containsExactly("Buổi huấn luyện");

        settings.save("90", "1", "3", TraitList.ARMY);
        Path big = dir.resolve("anh-lon.png");
        Files.write(big, new byte[3 * 1024 * 1024]);
        board.attach(big, null, () -> { });
        assertThat(dialogs.errors()).last().isEqualTo(
                "Tệp anh-lon.png nặng 3 MB, vượt giới hạn 1 MB. Hãy giảm kích thước ảnh hoặc quét lại với độ phân giải thấp hơn.");
        assertThat(board.selectionProperty().get().dossier().evidence()).hasSize(1);
    }

    @Test
    void settingsAreSavedAndUnreadableNumbersChangeNothing() {
        assertThat(settings.settingsProperty().get()).isEqualTo(ExemplarSettings.DEFAULTS);
        settings.save("30", "5", "2", TraitList.CIVILIAN);
        assertThat(app.exemplars().exemplars().settings()).isEqualTo(new ExemplarSettings(30, 5, 2, TraitList.CIVILIAN));
        assertThat(dialogs.notices()).last().isEqualTo("Đã lưu cài đặt điển hình tiên tiến.");

        settings.save("ba mươi", "5", "2", TraitList.ARMY);
        settings.save("0", "5", "2", TraitList.ARMY);
        assertThat(dialogs.errors()).containsExactly(
                "Chững lại sau (ngày) \"ba mươi\" không phải số nguyên. Hãy nhập chữ số, ví dụ 90.",
                "Số ngày chưa kiểm tra (0) phải từ 1 đến 3650.");
        assertThat(app.exemplars().exemplars().settings()).isEqualTo(new ExemplarSettings(30, 5, 2, TraitList.CIVILIAN));
        assertThat(settings.settingsProperty().get()).isEqualTo(new ExemplarSettings(30, 5, 2, TraitList.CIVILIAN));
    }

    @Test
    void theListsStartAsTheDomainNotesGiveThemAndAreEditedWithConfirmation() {
        assertThat(settings.list(ChoiceList.ARMY_TRAITS)).as("no wording invented").isEmpty();
        assertThat(settings.list(ChoiceList.CIVILIAN_TRAITS)).isEmpty();
        assertThat(settings.list(ChoiceList.FIELDS)).contains("Huấn luyện", "Dân vận");

        settings.add(ChoiceList.FIELDS, "Công ta\u0301c quần chúng", () -> { });
        settings.add(ChoiceList.FIELDS, "  Công tác quần chúng ", () -> { });
        assertThat(dialogs.errors()).containsExactly("\"Công tác quần chúng\" đã có trong danh sách.");
        assertThat(settings.list(ChoiceList.FIELDS)).endsWith("Công tác quần chúng");

        dialogs.answerConfirmations(false);
        settings.remove(ChoiceList.FIELDS, "Huấn luyện");
        assertThat(app.exemplars().exemplars().fields()).contains("Huấn luyện");
        dialogs.answerConfirmations(true);
        settings.remove(ChoiceList.FIELDS, "Huấn luyện");
        assertThat(settings.list(ChoiceList.FIELDS)).doesNotContain("Huấn luyện");
        assertThat(app.exemplars().exemplars().fields()).doesNotContain("Huấn luyện");
        assertThat(app.exemplars().exemplars().get(shown().id()).field()).as("a model keeps its field").isEqualTo("Huấn luyện");
    }
}
