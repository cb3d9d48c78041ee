package vn.tdkt.scoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.scene.input.ClipboardContent;
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
import vn.tdkt.org.Unit;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.SampleCriteriaSet;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/** The real window, headless: type three scores with the keyboard, see the rank change, paste, an over-maximum value, save. */
@ExtendWith(ApplicationExtension.class)
class ScoringPageTest {
    static {
        // Opening a fresh data folder (migrations, fsync per commit) can take longer than TestFX's set-up limit on a busy machine.
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
    }

    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;
    private ScoringPeriod march;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(app::open), stage, RecordingDialogs::new);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        ShellWindows.close(shell);
        app.close();
    }

    @Test
    void keyboardEntryMovesTheRankAndRefusesAnOverMaximumValue(FxRobot robot) throws Exception {
        // Made here rather than in @Start, whose time TestFX limits (the machine may be busy).
        march = OffFxThread.call(() -> {
            Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
            Unit c1 = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
            Unit c2 = app.units().add(regiment.id(), "c2", "Đại đội 2", null, "Đại đội");
            List<String> companies = List.of(c1.id(), c2.id());
            CriteriaSet set = app.scoring().sets().create(SampleCriteriaSet.draft());
            return app.scoring().scoring().openForUnits(set.id(), PeriodKind.MONTH, 2026, 3, companies, null);
        });
        robot.interact(() -> shell.window().show("scoring"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot, "#cell-0-0").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(node(robot, "#cell-0-0"));
        robot.write("8");
        robot.type(KeyCode.TAB);
        robot.write("7");
        robot.type(KeyCode.ENTER);
        assertThat(grid(robot).focusedPosition()).as("Enter moves down").isEqualTo(new ScoreGridView.Position(1, 1));
        robot.write("6");
        assertThat(label(robot, "#rank-0")).isEqualTo("1");
        assertThat(label(robot, "#total-0")).isEqualTo("15");
        // Typing into a filled cell replaces its value.
        robot.clickOn(node(robot, "#cell-1-0"));
        robot.write("9,5");
        robot.type(KeyCode.ENTER);
        assertThat(grid(robot).focusedPosition()).as("Enter on the last row stays").isEqualTo(new ScoreGridView.Position(1, 0));
        robot.write("10");
        assertThat(text(robot, "#cell-1-0")).as("the next keystrokes replace the value").isEqualTo("10");
        assertThat(label(robot, "#total-1")).isEqualTo("16");
        assertThat(label(robot, "#rank-1")).as("c2 overtakes c1").isEqualTo("1");
        assertThat(label(robot, "#rank-0")).isEqualTo("2");
        robot.type(KeyCode.ESCAPE);
        assertThat(text(robot, "#cell-1-0")).as("Esc takes the edit back").isEqualTo("9,5");
        robot.write("10");
        robot.type(KeyCode.BACK_SPACE);
        robot.write("0");
        robot.type(KeyCode.TAB);
        assertThat(text(robot, "#cell-1-0")).isEqualTo("10");
        assertThat(robot.lookup(".text-field").match(n -> n.getParent() instanceof javafx.scene.control.TableCell<?, ?>).tryQuery())
                .as("no text field in the grid").isEmpty();

        robot.clickOn(node(robot, "#cell-0-2"));
        robot.write("12");
        robot.type(KeyCode.TAB);
        Labeled over = (Labeled) node(robot, "#cell-0-2");
        assertThat(over.getText()).as("never clipped").isEqualTo("12");
        assertThat(over.getPseudoClassStates()).contains(ScoreGridView.REFUSED);
        assertThat(label(robot, "#scoring-message")).contains("vượt điểm tối đa 7");
        assertThat(label(robot, "#total-0")).isEqualTo("15");

        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("5\t6\n4\t3\n");
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
        });
        robot.clickOn(node(robot, "#cell-0-3"));
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#cell-1-4")).isEqualTo("3");
        assertThat(label(robot, "#total-0")).isEqualTo("26");
        assertThat(label(robot, "#scoring-message")).startsWith("Đã dán 4 ô");

        robot.clickOn(node(robot, "#scoring-save"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.scoring().scoring().sheet(march.id()).hasValues());
        assertThat(app.scoring().scoring().ranking(march.id())).extracting(s -> s.member().code() + ":" + s.totals().total()).containsExactly("c1:26.0", "c2:23.0");
    }

    @Test
    void thePeriodChooserAndTheSetNameFitA1366PixelWindow(FxRobot robot) throws Exception {
        OffFxThread.call(() -> {
            Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
            Unit c1 = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
            CriteriaSet set = app.scoring().sets().create(SampleCriteriaSet.draft());
            return app.scoring().scoring().openForUnits(set.id(), PeriodKind.MONTH, 2026, 10, List.of(c1.id()), null);
        });
        robot.interact(() -> {
            shell.stage().setWidth(1366);
            shell.stage().setHeight(768);
            shell.window().show("scoring");
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot, "#cell-0-0").isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Labeled period = (Labeled) node(robot, "#scoring-period-label");
        Labeled setName = (Labeled) node(robot, "#scoring-set-name");
        assertThat(setName.getText()).as("the sample set's long name").contains("(MẪU – cần điều chỉnh cho đơn vị) · phiên bản 1");
        assertThat(drawn(period)).isEqualTo("Kỳ chấm điểm");
        assertThat(drawn(setName)).as("wrapped, not cut").isEqualTo(setName.getText());
        javafx.geometry.Bounds chooser = node(robot, "#scoring-period").localToScene(node(robot, "#scoring-period").getLayoutBounds());
        assertThat(chooser.getMinX()).as("the chooser stays right of its whole label").isGreaterThanOrEqualTo(period.localToScene(period.getLayoutBounds()).getMaxX());
    }

    /** The text the label actually draws: its own text, or a shortened one ending in "…" when it does not fit. */
    private static String drawn(Labeled labeled) {
        return ((javafx.scene.text.Text) labeled.lookup(".text")).getText();
    }

    /** The node in this test's window (a grid replaced by a reload leaves its old cells without a scene). */
    private java.util.Optional<javafx.scene.Node> shown(FxRobot robot, String id) {
        return robot.lookup(id).match(n -> n.getScene() != null && n.getScene().getWindow() == shell.stage() && n.isVisible()).tryQuery();
    }

    private javafx.scene.Node node(FxRobot robot, String id) {
        return shown(robot, id).orElseThrow();
    }

    private ScoreGridView grid(FxRobot robot) {
        return (ScoreGridView) node(robot, "#scoring-grid");
    }

    private String text(FxRobot robot, String id) {
        return ((Labeled) node(robot, id)).getText();
    }

    private String label(FxRobot robot, String id) {
        return text(robot, id);
    }
}
