package vn.tdkt.scoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import vn.tdkt.org.Unit;
import vn.tdkt.scoring.CellChange;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.SampleCriteriaSet;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.ui.Dialogs;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.NavigationEntry;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/** The real page, headless: change a maximum with the keyboard in a scored set, save, and get version 2; a blank name is refused. */
@ExtendWith(ApplicationExtension.class)
class CriteriaSetEditorPageTest {
    static {
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
    }

    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;
    private RecordingDialogs dialogs;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(app::open), stage, messages -> dialogs = new RecordingDialogs(messages));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        ShellWindows.close(shell);
        app.close();
    }

    @Test
    void editingAScoredSetWithTheKeyboardSavesANewVersionAndABlankNameIsRefused(FxRobot robot) throws Exception {
        CriteriaSet v1 = OffFxThread.call(() -> {
            Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
            Unit c1 = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
            CriteriaSet set = app.scoring().sets().create(SampleCriteriaSet.draft());
            ScoringPeriod march = app.scoring().scoring().openForUnits(set.id(), PeriodKind.MONTH, 2026, 3, List.of(c1.id()), null);
            app.scoring().scoring().save(march.id(), List.of(new CellChange(c1.id(), set.byCode("HL1").orElseThrow().id(), 9.0, null)));
            return set;
        });
        robot.interact(() -> shell.window().show("scoring"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot, ".tab-pane").isPresent());
        robot.interact(() -> ((TabPane) node(robot, ".tab-pane")).getSelectionModel().select(3));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot, "#set-lines").map(n -> !((TableView<?>) n).getItems().isEmpty()).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        Node hl1 = robot.from(node(robot, "#set-lines")).lookup(".table-cell").match(n -> n instanceof javafx.scene.control.TableCell<?, ?> c && "HL1".equals(c.getText())).query();
        robot.clickOn(hl1);
        // Code → name → kind → maximum.
        robot.type(KeyCode.RIGHT, 3);
        robot.type(KeyCode.ENTER);
        robot.write("12");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        TableView<CriteriaSetEditorModel.Line> lines = (TableView<CriteriaSetEditorModel.Line>) node(robot, "#set-lines");
        assertThat(lines.getItems().getFirst().max.get()).isEqualTo("12");
        robot.clickOn(node(robot, "#set-save"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> OffFxThread.call(() -> app.scoring().sets().latest().getFirst().version() == 2));
        CriteriaSet v2 = OffFxThread.call(() -> app.scoring().sets().latest().getFirst());
        assertThat(v2.familyId()).isEqualTo(v1.familyId());
        assertThat(v2.byCode("HL1").orElseThrow().maxPoints()).isEqualTo(12.0);
        assertThat(OffFxThread.call(() -> app.scoring().sets().get(v1.id())).byCode("HL1").orElseThrow().maxPoints())
                .as("the scored version keeps its maximum").isEqualTo(10.0);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#set-message").contains("phiên bản 2"));
        screenshot(robot, Path.of("target", "screenshots", "scoring-sets.png"));

        robot.clickOn(node(robot, "#set-name"));
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        robot.type(KeyCode.DELETE);
        robot.clickOn(node(robot, "#set-save"));
        assertThat(label(robot, "#set-message")).isEqualTo("Bộ tiêu chí cần có tên.");
        assertThat(OffFxThread.call(() -> app.scoring().sets().latest().getFirst().name())).isEqualTo(v2.name());
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void leavingThePageWithAnEditedSetAsksToSaveDropOrGoBack(FxRobot robot) throws Exception {
        CriteriaSet set = OffFxThread.call(() -> app.scoring().sets().create(SampleCriteriaSet.draft()));
        robot.interact(() -> shell.window().show("scoring"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot, ".tab-pane").isPresent());
        robot.interact(() -> ((TabPane) node(robot, ".tab-pane")).getSelectionModel().select(3));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot, "#set-name").map(n -> !((TextField) n).getText().isEmpty()).orElse(false));
        robot.clickOn(node(robot, "#set-name"));
        robot.type(KeyCode.END);
        robot.write(" sửa");
        String edited = set.name() + " sửa";
        assertThat(((TextField) node(robot, "#set-name")).getText()).isEqualTo(edited);

        dialogs.answerUnsaved(Dialogs.Unsaved.BACK);
        leaveForOverview(robot);
        assertThat(currentPage()).as("back: stays on the page").isEqualTo("scoring");
        assertThat(dialogs.notices().getLast()).contains("Bộ tiêu chí đang sửa");
        assertThat(((TextField) node(robot, "#set-name")).getText()).as("the typing stays").isEqualTo(edited);

        dialogs.answerUnsaved(Dialogs.Unsaved.SAVE);
        leaveForOverview(robot);
        assertThat(currentPage()).as("save: stays to see it saved").isEqualTo("scoring");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> OffFxThread.call(() -> app.scoring().sets().latest().getFirst().name()).equals(edited));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> label(robot, "#set-message").contains(edited));
        int asked = dialogs.notices().size();
        leaveForOverview(robot);
        assertThat(currentPage()).as("nothing left unsaved: leaves without asking").isEqualTo("overview");
        assertThat(dialogs.notices()).hasSize(asked);

        robot.interact(() -> shell.window().show("scoring"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot, "#set-name").isPresent());
        robot.clickOn(node(robot, "#set-name"));
        robot.type(KeyCode.END);
        robot.write(" lần hai");
        dialogs.answerUnsaved(Dialogs.Unsaved.DISCARD);
        leaveForOverview(robot);
        assertThat(currentPage()).as("drop: leaves").isEqualTo("overview");
        robot.interact(() -> shell.window().show("scoring"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shown(robot, "#set-name").map(n -> ((TextField) n).getText().equals(edited)).orElse(false));
        assertThat(OffFxThread.call(() -> app.scoring().sets().latest().getFirst().name())).isEqualTo(edited);
        assertThat(dialogs.errors()).isEmpty();
    }

    /** Chooses Tổng quan in the navigation, as a click would (the shell asks the page first). */
    private void leaveForOverview(FxRobot robot) {
        javafx.scene.control.ToggleButton overview = ShellWindows.navigationLines(robot).stream()
                .filter(line -> ((NavigationEntry) line.getUserData()).id().equals("overview")).findFirst().orElseThrow();
        robot.interact(overview::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String currentPage() {
        return shell.window().currentEntry().map(NavigationEntry::id).orElse("");
    }

    /** For looking at the tab: the window as drawn, in target/screenshots. */
    private void screenshot(FxRobot robot, Path target) throws Exception {
        javafx.scene.image.WritableImage image = WaitForAsyncUtils.asyncFx(() -> shell.stage().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage((int) image.getWidth(), (int) image.getHeight(), java.awt.image.BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, image.getPixelReader().getArgb(x, y));
            }
        }
        java.nio.file.Files.createDirectories(target.getParent());
        javax.imageio.ImageIO.write(out, "png", target.toFile());
    }

    private java.util.Optional<Node> shown(FxRobot robot, String query) {
        return robot.lookup(query).match(n -> n.getScene() != null && n.getScene().getWindow() == shell.stage() && n.isVisible()).tryQuery();
    }

    private Node node(FxRobot robot, String query) {
        return shown(robot, query).orElseThrow();
    }

    private String label(FxRobot robot, String id) {
        return ((Label) node(robot, id)).getText();
    }
}
