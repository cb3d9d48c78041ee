package vn.tdkt.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;

/**
 * The window shown while the data folder opens, then filled: what the officer sees in the first second, and what
 * happens when the look remembered beside the window is not the file's.
 */
@ExtendWith(ApplicationExtension.class)
class ShellFrameTest {
    @TempDir
    Path dir;

    private Stage stage;
    private AppContext app;
    private Shell shell;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (shell != null) {
            ShellWindows.close(shell);
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theWindowShowsWhileTheFolderOpensAndTakesItsPagesOnceOpen(FxRobot robot) throws Exception {
        app = AppContext.at(new DataFolder(dir), Clock.systemDefaultZone());
        Opening opening = Opening.start(app);
        Opening.await(opening.locked());
        shell = onFx(() -> {
            Shell frame = Shell.frame(stage, app.folder(), app.pages(), RecordingDialogs::new);
            stage.show();
            return frame;
        });
        Messages vietnamese = Messages.vietnamese();
        javafx.scene.Node navigation = robot.lookup(".navigation").query();
        assertThat(navigation.isDisabled()).as("nothing to open before the folder is").isTrue();
        assertThat(ShellWindows.navigationLines(robot)).hasSize(app.pages().size());
        assertThat(ShellWindows.chosenInNavigation(robot)).isEmpty();
        assertThat(robot.lookup(".page-body .label").queryAs(Label.class).getText()).isEqualTo(vietnamese.get("startup.opening"));
        assertThat(shell.window().currentEntry()).isEmpty();

        Workspace workspace = Opening.await(opening.opened());
        shell = onFx(() -> shell.attach(workspace));
        waitForTasks();
        assertThat(navigation.isDisabled()).isFalse();
        assertThat(ShellWindows.chosenInNavigation(robot)).isEqualTo(app.pages().getFirst().id());
        assertThat(shell.window().currentEntry()).map(NavigationEntry::id).contains(app.pages().getFirst().id());
        assertThat(robot.lookup(".page-header .label").queryAs(Label.class).getText()).isEqualTo(vietnamese.get(app.pages().getFirst().titleKey()));
        assertThat(robot.lookup(".page-body").queryAllAs(javafx.scene.Node.class).stream()
                .flatMap(body -> body.lookupAll(".label").stream()).map(node -> ((Label) node).getText()))
                .doesNotContain(vietnamese.get("startup.opening"));
        assertThat(robot.lookup(".status-bar .label").queryAs(Label.class).getText()).as("the status bar reads the opened file")
                .contains(app.folder().database().getFileName().toString());
        assertThat(((RecordingDialogs) shell.ui().dialogs()).errors()).isEmpty();
    }

    @Test
    void aSecondStartIsRefusedAtTheLockBeforeAnyWindow() {
        app = AppContext.at(new DataFolder(dir), Clock.systemDefaultZone());
        app.lock();
        try (AppContext second = AppContext.at(new DataFolder(dir), Clock.systemDefaultZone())) {
            Opening opening = Opening.start(second);
            assertThatThrownBy(() -> Opening.await(opening.locked())).isInstanceOf(AppException.class)
                    .satisfies(e -> assertThat(((AppException) e).messageKey()).isEqualTo("error.instance.running"));
            assertThatThrownBy(() -> Opening.await(opening.opened())).isInstanceOf(AppException.class);
        }
    }

    @Test
    void aWindowRememberedInAnotherLookIsRedrawnInTheFilesOwnAndRemembersIt(FxRobot robot) throws Exception {
        app = AppContext.at(new DataFolder(dir), Clock.systemDefaultZone());
        Files.createDirectories(app.folder().preferences().getParent());
        Files.writeString(app.folder().preferences(), "look.language=en\nlook.dark=true\n", StandardCharsets.UTF_8);
        Shell frame = onFx(() -> {
            Shell drawn = Shell.frame(stage, app.folder(), app.pages(), RecordingDialogs::new);
            stage.show();
            return drawn;
        });
        shell = frame;
        Messages english = new Messages(java.util.Locale.ENGLISH);
        assertThat(robot.lookup(".page-body .label").queryAs(Label.class).getText()).isEqualTo(english.get("startup.opening"));
        assertThat(Application.getUserAgentStylesheet()).contains("dark");

        Workspace workspace = OffFxThread.call(app::open);
        shell = onFx(() -> frame.attach(workspace));
        waitForTasks();
        Messages vietnamese = Messages.vietnamese();
        assertThat(shell).as("drawn again in the file's language").isNotSameAs(frame);
        assertThat(stage.getScene().getRoot().lookupAll(".page-header .label")).extracting(node -> ((Label) node).getText())
                .containsExactly(vietnamese.get(app.pages().getFirst().titleKey()));
        assertThat(Application.getUserAgentStylesheet()).contains("light");
        ShellWindows.close(shell);
        shell = null;
        Properties remembered = new Properties();
        try (var in = Files.newBufferedReader(app.folder().preferences(), StandardCharsets.UTF_8)) {
            remembered.load(in);
        }
        assertThat(remembered).containsEntry("look.language", "vi-VN").containsEntry("look.dark", "false");
        assertThat(new WindowState(app.folder().preferences()).look()).isEqualTo(Look.of(workspace));
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(30, TimeUnit.SECONDS);
    }

    private void waitForTasks() {
        WaitForAsyncUtils.waitForFxEvents();
        for (int i = 0; i < 200 && !shell.ui().tasks().running().isEmpty(); i++) {
            WaitForAsyncUtils.sleep(25, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
