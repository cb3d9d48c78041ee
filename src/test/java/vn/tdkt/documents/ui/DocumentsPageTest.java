package vn.tdkt.documents.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.doc.RegisterEntry;
import vn.tdkt.ui.FxTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/**
 * The real Văn bản page in a window on the headless glass platform: issue a number, then open the first
 * form in the preview window. (TestFX's own headless mode wants Monocle, so the FX thread is driven directly.)
 */
class DocumentsPageTest {
    @TempDir
    Path temp;
    private AppContext app;
    private RecordingDialogs dialogs;
    private FxTaskRunner tasks;
    private DocumentsPage page;
    private Stage stage;

    @BeforeAll
    static void toolkit() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // Another test started the toolkit.
        }
        Platform.setImplicitExit(false);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(30, TimeUnit.SECONDS);
    }

    @BeforeEach
    void open() throws Exception {
        app = AppContext.open(new DataFolder(temp.resolve("data")), Clock.fixed(java.time.Instant.parse("2026-11-29T03:00:00Z"), java.time.ZoneOffset.ofHours(7)));
        app.sampleData().fill(SampleSize.SMALL, vn.tdkt.core.Progress.NONE);
        Messages messages = Messages.vietnamese();
        dialogs = new RecordingDialogs(messages);
        stage = onFx(() -> {
            tasks = new FxTaskRunner(dialogs);
            page = new DocumentsPage(new UiContext(messages, tasks, dialogs), app.documentServices());
            BorderPane root = new BorderPane(page.content());
            root.setTop(new HBox(page.actions().toArray(Button[]::new)));
            page.refresh();
            Stage window = new Stage();
            window.setScene(new Scene(root, 1200, 720));
            window.show();
            return window;
        });
    }

    /** The real runner: the register is read and written off the FX thread, as in the app. */
    private void waitForTasks() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (onFx(() -> tasks.busy().get()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        onFx(() -> {
            List.copyOf(Window.getWindows()).forEach(Window::hide);
            return null;
        });
        app.close();
    }

    @Test
    void issuesANumberAndOpensThePreview() throws Exception {
        Parent root = stage.getScene().getRoot();
        waitForTasks();
        onFx(() -> {
            ((TextField) root.lookup("#doc-subject")).setText("Khen thưởng đột xuất");
            ((Button) root.lookup("#doc-issue")).fire();
            return null;
        });
        waitForTasks();
        List<?> entries = onFx(() -> List.copyOf(((TableView<?>) root.lookup("#doc-register")).getItems()));
        // The demo's dossiers took 01 and 02/QĐ; the page issues the next one and shows it first.
        assertThat(entries).hasSize(6).first().extracting(item -> ((RegisterEntry) item).number()).isEqualTo("03/QĐ-TrĐ19");

        onFx(() -> {
            // The first form (the year's plan) and its only record are chosen already.
            page.actions().getFirst().fire();
            return null;
        });
        waitForTasks();
        Parent preview = onFx(() -> {
            return Window.getWindows().stream()
                    .filter(w -> w instanceof Stage s && s.getTitle() != null && s.getTitle().startsWith("Xem trước"))
                    .findFirst().orElseThrow().getScene().getRoot();
        });
        List<Node> images = onFx(() -> List.copyOf(preview.lookupAll("ImageView")));
        assertThat(images).singleElement().satisfies(view -> assertThat(((ImageView) view).getImage()).isNotNull());
        List<String> labels = onFx(() -> preview.lookupAll(".label").stream().map(node -> ((Label) node).getText()).toList());
        assertThat(labels).contains("1 / 3", "100%");
        assertThat(dialogs.errors()).isEmpty();
    }
}
