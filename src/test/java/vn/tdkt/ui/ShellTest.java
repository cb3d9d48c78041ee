package vn.tdkt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
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
import vn.tdkt.db.DataFolder;

/** The real main window, headless: it starts, every page opens, and settings survive a restart. */
@ExtendWith(ApplicationExtension.class)
class ShellTest {
    @TempDir
    Path dir;

    private AppContext app;
    private Shell shell;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir), Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(app::open), stage, RecordingDialogs::new);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        ShellWindows.close(shell);
        app.close();
    }

    @Test
    void everyPageOfTheNavigationOpens(FxRobot robot) {
        assertThat(shell.window().pages()).extracting(NavigationEntry::id).as("the year's work in order, settings last")
                .containsSubsequence("overview", "roster", "plan", "scoring", "exemplars", "documents", "exchange", "settings");
        assertThat(ShellWindows.navigationLines(robot)).extracting(line -> (Object) line.getUserData()).containsExactlyElementsOf(shell.window().pages());
        assertThat(ShellWindows.navigationLines(robot)).extracting(javafx.scene.control.ToggleButton::getText)
                .containsExactlyElementsOf(shell.window().pages().stream().map(page -> shell.ui().text(page.titleKey())).toList());
        for (NavigationEntry page : shell.window().pages()) {
            robot.clickOn(shell.ui().text(page.titleKey()));
            WaitForAsyncUtils.waitForFxEvents();
            waitForTasks();
            assertThat(shell.window().currentEntry()).map(NavigationEntry::id).contains(page.id());
            assertThat(robot.lookup(".page-header .label").queryAs(Label.class).getText()).isEqualTo(shell.ui().text(page.titleKey()));
        }
        assertThat(((RecordingDialogs) shell.ui().dialogs()).errors()).isEmpty();
    }

    @Test
    void aPageLeftIsLetGoAndBuiltAnewWhenOpenedAgain(FxRobot robot) {
        robot.clickOn(shell.ui().text("page.settings"));
        WaitForAsyncUtils.waitForFxEvents();
        waitForTasks();
        Page settings = shell.window().currentPage().orElseThrow();
        java.lang.ref.WeakReference<Page> left = new java.lang.ref.WeakReference<>(settings);
        java.lang.ref.WeakReference<javafx.scene.Node> leftContent = new java.lang.ref.WeakReference<>(
                robot.lookup(".page-body").queryAs(javafx.scene.layout.StackPane.class).getChildren().getFirst());
        settings = null;
        robot.clickOn(shell.ui().text("page.roster"));
        WaitForAsyncUtils.waitForFxEvents();
        waitForTasks();
        assertThat(shell.window().currentEntry()).map(NavigationEntry::id).contains("roster");
        for (int i = 0; i < 20 && (left.get() != null || leftContent.get() != null); i++) {
            System.gc();
            WaitForAsyncUtils.sleep(50, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(left.get()).as("nothing holds the settings page once the roster is shown").isNull();
        assertThat(leftContent.get()).as("nor its nodes").isNull();

        robot.clickOn(shell.ui().text("page.settings"));
        WaitForAsyncUtils.waitForFxEvents();
        waitForTasks();
        assertThat(robot.lookup("#settings-unitName").queryAs(TextField.class).getScene()).isSameAs(shell.stage().getScene());
    }

    @Test
    void aPageWithUnsavedChangesIsKeptWhenTheOfficerStaysAndDroppedWhenHeLeaves(FxRobot robot) {
        RecordingDialogs dialogs = (RecordingDialogs) shell.ui().dialogs();
        robot.clickOn(shell.ui().text("page.settings"));
        WaitForAsyncUtils.waitForFxEvents();
        waitForTasks();
        Page settings = shell.window().currentPage().orElseThrow();
        TextField unit = robot.lookup("#settings-unitName").queryAs(TextField.class);
        robot.interact(() -> unit.setText("Trung đoàn 19"));

        dialogs.answerConfirmations(false);
        robot.clickOn(shell.ui().text("page.roster"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shell.window().currentPage()).as("the officer chose to stay").containsSame(settings);
        assertThat(unit.getText()).isEqualTo("Trung đoàn 19");
        assertThat(ShellWindows.chosenInNavigation(robot)).isEqualTo("settings");

        dialogs.answerConfirmations(true);
        robot.clickOn(shell.ui().text("page.roster"));
        WaitForAsyncUtils.waitForFxEvents();
        waitForTasks();
        robot.clickOn(shell.ui().text("page.settings"));
        WaitForAsyncUtils.waitForFxEvents();
        waitForTasks();
        assertThat(shell.window().currentPage().orElseThrow()).isNotSameAs(settings);
        assertThat(robot.lookup("#settings-unitName").queryAs(TextField.class).getText()).as("the changes were given up")
                .isNotEqualTo("Trung đoàn 19");
    }

    @Test
    void showingAPageByItsIdAsksThePageShownFirstAsAClickDoes(FxRobot robot) {
        RecordingDialogs dialogs = (RecordingDialogs) shell.ui().dialogs();
        robot.interact(() -> shell.window().show("settings"));
        waitForTasks();
        Page settings = shell.window().currentPage().orElseThrow();
        TextField unit = robot.lookup("#settings-unitName").queryAs(TextField.class);
        robot.interact(() -> unit.setText("Trung đoàn 19"));

        dialogs.answerConfirmations(false);
        boolean[] shown = new boolean[1];
        robot.interact(() -> shown[0] = shell.window().show("roster"));
        assertThat(shown[0]).as("the officer chose to stay").isFalse();
        assertThat(shell.window().currentPage()).containsSame(settings);
        assertThat(unit.getText()).isEqualTo("Trung đoàn 19");
        assertThat(ShellWindows.chosenInNavigation(robot)).isEqualTo("settings");

        dialogs.answerConfirmations(true);
        robot.interact(() -> shown[0] = shell.window().show("roster"));
        waitForTasks();
        assertThat(shown[0]).isTrue();
        assertThat(shell.window().currentEntry()).map(NavigationEntry::id).contains("roster");
        assertThat(shell.window().currentPage().orElseThrow()).isNotSameAs(settings);
        assertThat(ShellWindows.chosenInNavigation(robot)).isEqualTo("roster");
    }

    @Test
    void theAboutButtonTellsVersionLicenseSourceAndFoldersAndTheWindowHasTheAppIcon(FxRobot robot) {
        robot.clickOn(robot.lookup(".status-bar .button").match(b -> shell.ui().text("about.title")
                .equals(((Button) b).getAccessibleText())).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(((RecordingDialogs) shell.ui().dialogs()).notices()).last().asString()
                .contains("AGPL-3.0", "tdkt-" + About.version() + "-source.zip", dir.toString(), dir.resolve("logs").toString());
        assertThat(shell.stage().getIcons()).hasSize(7).allSatisfy(icon -> assertThat(icon.isError()).isFalse());
        assertThat(shell.stage().getIcons().getLast().getWidth()).isEqualTo(256);
    }

    @Test
    void settingsAreSavedWithCtrlSAndReadBack(FxRobot robot) throws Exception {
        robot.clickOn(shell.ui().text("page.settings"));
        WaitForAsyncUtils.waitForFxEvents();
        waitForTasks();
        TextField unit = robot.lookup("#settings-unitName").queryAs(TextField.class);
        TextField place = robot.lookup("#settings-placeName").queryAs(TextField.class);
        robot.interact(() -> {
            unit.setText("Trung đoàn 19");
            place.setText("Hà Tĩnh");
        });
        Button save = robot.lookup(".page-header .button").queryAs(Button.class);
        assertThat(save.isDisabled()).isFalse();
        robot.clickOn(unit).press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        waitForTasks();
        assertThat(save.isDisabled()).isTrue();
        assertThat(app.settings().letterhead().unitName()).isEqualTo("Trung đoàn 19");
        assertThat(app.settings().letterhead().placeName()).isEqualTo("Hà Tĩnh");
    }

    private void waitForTasks() {
        long deadline = System.currentTimeMillis() + 30_000;
        while (shell.ui().tasks().busy().get() && System.currentTimeMillis() < deadline) {
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
