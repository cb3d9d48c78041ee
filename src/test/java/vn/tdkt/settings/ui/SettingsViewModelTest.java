package vn.tdkt.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

class SettingsViewModelTest {
    @TempDir
    Path dir;

    private static UiContext ui() {
        RecordingDialogs dialogs = new RecordingDialogs(Messages.vietnamese());
        return new UiContext(Messages.vietnamese(), new ImmediateTaskRunner(dialogs), dialogs);
    }

    @Test
    void editsMarkDirtyAndSaveWritesThrough() {
        try (AppContext app = AppContext.open(new DataFolder(dir), Clock.systemUTC())) {
            SettingsViewModel model = new SettingsViewModel(ui(), app.settings());
            model.load();
            assertThat(model.dirtyProperty().get()).isFalse();
            model.field("unitName").set("Trung đoàn 19");
            model.languageProperty().set(Locale.ENGLISH);
            assertThat(model.dirtyProperty().get()).isTrue();
            java.util.concurrent.atomic.AtomicBoolean saved = new java.util.concurrent.atomic.AtomicBoolean();
            model.save(() -> saved.set(true));
            assertThat(saved).isTrue();
            assertThat(model.dirtyProperty().get()).isFalse();
            assertThat(app.settings().letterhead().unitName()).isEqualTo("Trung đoàn 19");
            assertThat(app.settings().language().getLanguage()).isEqualTo("en");
        }
    }
}
