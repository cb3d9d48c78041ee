package vn.tdkt.exemplar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
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
import vn.tdkt.exemplar.Card;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/** The real window, headless: discover a model, record a check, move it to Bồi dưỡng and see it there on the board. */
@ExtendWith(ApplicationExtension.class)
class ExemplarPageTest {
    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(() -> {
            Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
            Unit company = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
            app.roster().add(company.id(), PersonDetails.named("Nguyễn Văn Hùng"));
            app.roster().add(company.id(), PersonDetails.named("Trần Thị Lan"));
            return app.open();
        }), stage, RecordingDialogs::new);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        ShellWindows.close(shell);
        app.close();
    }

    @Test
    void createCheckAndMoveAModelOnTheBoard(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("exemplars"));
        robot.clickOn("#exemplar-new");
        robot.interact(() -> robot.lookup("#discover-person-search").queryAs(TextField.class).setText("nguyen van hung"));
        ComboBox<RosterEntry> person = robot.lookup("#discover-person").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> person.getValue() != null);
        robot.interact(() -> {
            ComboBox<String> field = robot.lookup("#discover-field").queryAs(ComboBox.class);
            field.setValue("Huấn luyện");
            robot.lookup("#discover-reason").queryAs(TextArea.class).setText("Bắn súng AK bài 1 đạt giỏi ba năm liền");
            robot.lookup("#discover-by").queryAs(TextField.class).setText("Ban Chính trị");
        });
        robot.clickOn("#discover-save");
        ListView<Card> discovered = robot.lookup("#column-discovered").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> discovered.getItems().size() == 1);
        assertThat(recorded().errors()).isEmpty();
        assertThat(discovered.getItems().getFirst().subjectName()).isEqualTo("Nguyễn Văn Hùng");

        robot.interact(() -> discovered.getSelectionModel().select(0));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#check-save").query().isVisible());
        robot.interact(() -> robot.lookup("#check-result").queryAs(TextArea.class).setText("Thực hiện đúng kế hoạch"));
        // The side panel scrolls: fire the button rather than click a point that may lie below the window.
        robot.interact(() -> robot.lookup("#check-save").queryAs(javafx.scene.control.Button.class).fire());
        ListView<String> checks = robot.lookup("#detail-checks").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> checks.getItems().size() == 1);
        assertThat(checks.getItems().getFirst()).contains("Thực hiện đúng kế hoạch");

        robot.interact(() -> {
            ComboBox<vn.tdkt.exemplar.Stage> stage = robot.lookup("#move-stage").queryAs(ComboBox.class);
            stage.setValue(vn.tdkt.exemplar.Stage.NURTURING);
            robot.lookup("#move-note").queryAs(TextField.class).setText("Thông qua kế hoạch bồi dưỡng");
        });
        robot.interact(() -> robot.lookup("#move-save").queryAs(javafx.scene.control.Button.class).fire());
        ListView<Card> nurturing = robot.lookup("#column-nurturing").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> nurturing.getItems().size() == 1);
        assertThat(recorded().errors()).isEmpty();
        assertThat(discovered.getItems()).isEmpty();
        assertThat(nurturing.getItems().getFirst().subjectName()).isEqualTo("Nguyễn Văn Hùng");
        String id = nurturing.getItems().getFirst().id();
        assertThat(OffFxThread.call(() -> app.exemplars().exemplars().history(id))).extracting(c -> c.note()).containsExactly(null, "Thông qua kế hoạch bồi dưỡng");
    }

    @Test
    void settingsListsAndTheDiscoveryRecordAreEditedOnThePage(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("exemplars"));
        robot.clickOn("#exemplar-settings");
        ListView<String> army = robot.lookup("#settings-army-traits").queryAs(ListView.class);
        ListView<String> fields = robot.lookup("#settings-fields").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !fields.getItems().isEmpty());
        assertThat(army.getItems()).isEmpty();
        robot.interact(() -> robot.lookup("#settings-army-traits-name").queryAs(TextField.class).setText("Đặc trưng A (chép từ văn bản gốc)"));
        robot.interact(() -> robot.lookup("#settings-army-traits-add").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> army.getItems().size() == 1);
        robot.interact(() -> robot.lookup("#settings-stall").queryAs(TextField.class).setText("45"));
        robot.interact(() -> robot.lookup("#settings-save").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OffFxThread.call(() -> app.exemplars().exemplars().settings().stallDays()) == 45);
        assertThat(recorded().errors()).isEmpty();
        screenshot("exemplar-settings.png");

        String id = OffFxThread.call(() -> {
            RosterEntry hung = app.roster().search(vn.tdkt.org.RosterQuery.text("hung")).getFirst();
            return app.exemplars().exemplars().discover(vn.tdkt.exemplar.Discovery.ofPerson(hung.person().id(), "Huấn luyện", "Bắn giỏi",
                    "Ban Chính trị", java.time.LocalDate.now(), java.util.List.of())).id();
        });
        // Recorded outside the window: tell the shell, as a task's change would, so the page reloads.
        robot.interact(() -> shell.ui().tasks().dataChanged());
        ListView<Card> discovered = robot.lookup("#column-discovered").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> discovered.getItems().size() == 1);
        robot.interact(() -> discovered.getSelectionModel().select(0));
        javafx.scene.layout.FlowPane traits = robot.lookup("#profile-traits").queryAs(javafx.scene.layout.FlowPane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> traits.getChildren().size() == 1);
        robot.interact(() -> {
            ((javafx.scene.control.CheckBox) traits.getChildren().getFirst()).setSelected(true);
            robot.lookup("#profile-reason").queryAs(TextArea.class).setText("Bắn súng AK bài 1 giỏi ba năm liền");
        });
        robot.interact(() -> robot.lookup("#profile-save").queryAs(javafx.scene.control.Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !OffFxThread.call(() -> app.exemplars().exemplars().get(id).traits()).isEmpty());
        assertThat(recorded().errors()).isEmpty();
        vn.tdkt.exemplar.Exemplar saved = OffFxThread.call(() -> app.exemplars().exemplars().get(id));
        assertThat(saved.traits()).containsExactly("Đặc trưng A (chép từ văn bản gốc)");
        assertThat(saved.reason()).isEqualTo("Bắn súng AK bài 1 giỏi ba năm liền");
        screenshot("exemplar-profile.png");
    }

    /** The window as the officer would see it, for a person to look at (target/screenshots). */
    private void screenshot(String name) throws Exception {
        java.awt.image.BufferedImage image = WaitForAsyncUtils.asyncFx(
                () -> vn.tdkt.ui.SelfTest.toBufferedImage(shell.stage().getScene().snapshot(null))).get(10, TimeUnit.SECONDS);
        java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(image, "png", Path.of("target", "screenshots", name).toFile());
    }

    private RecordingDialogs recorded() {
        return (RecordingDialogs) shell.ui().dialogs();
    }
}
