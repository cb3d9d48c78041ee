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
        WaitForAsyncUtils.asyncFx(() -> {
            shell.close();
            shell.stage().hide();
        }).get(10, TimeUnit.SECONDS);
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

    private RecordingDialogs recorded() {
        return (RecordingDialogs) shell.ui().dialogs();
    }
}
