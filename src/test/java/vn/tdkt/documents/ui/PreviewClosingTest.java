package vn.tdkt.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.TaskRunner;
import vn.tdkt.ui.UiContext;

/** A page still being drawn when the preview closes ends quietly: no error dialog after the window is gone. */
class PreviewClosingTest {
    @TempDir
    Path temp;

    /**
     * Holds the work back, as a background thread still busy would, until the test lets it finish; like the
     * real runner, an error nobody handles goes to the error dialog.
     */
    private static final class HeldTasks implements TaskRunner {
        private final List<Runnable> held = new ArrayList<>();
        private final RecordingDialogs dialogs;

        HeldTasks(RecordingDialogs dialogs) {
            this.dialogs = dialogs;
        }

        @Override
        public <T> Running run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            held.add(() -> {
                try {
                    onDone.accept(work.call(Progress.NONE));
                } catch (Exception failed) {
                    if (onError != null) {
                        onError.accept(failed);
                    } else {
                        dialogs.error(failed);
                    }
                }
            });
            return null;
        }

        @Override
        public <T> Running change(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
            return run(title, work, onDone, onError);
        }

        @Override
        public void dataChanged() {
        }

        @Override
        public void addDataChangeListener(Runnable listener) {
        }

        @Override
        public ObservableList<Running> running() {
            return FXCollections.observableArrayList();
        }

        @Override
        public ReadOnlyBooleanProperty busy() {
            return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
        }
    }

    @Test
    void aDrawingThatFinishesAfterTheWindowClosedShowsNoError() {
        try (AppContext app = AppContext.open(new DataFolder(temp), Clock.systemUTC())) {
            Messages messages = Messages.vietnamese();
            RecordingDialogs dialogs = new RecordingDialogs(messages);
            HeldTasks tasks = new HeldTasks(dialogs);
            Document document = DocumentBuilder.create("Thử", "Trung đoàn 19")
                    .header("Sư đoàn 399", "Trung đoàn 19", "01/BC-TrĐ19", "Hà Tĩnh", LocalDate.of(2026, 11, 29))
                    .paragraph("Nội dung.").build();
            PreviewViewModel preview = new PreviewViewModel(new UiContext(messages, tasks, dialogs), app.documentServices(), document, "Thu",
                    new DocumentWriter().render(document, DocumentFormat.PDF));
            preview.show();
            preview.close();
            tasks.held.forEach(Runnable::run);
            assertThat(dialogs.errors()).isEmpty();
            assertThat(preview.imageProperty().get()).isNull();
        }
    }
}
