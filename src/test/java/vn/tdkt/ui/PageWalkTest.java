package vn.tdkt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;

/**
 * Every page and every tab of the demo at 1280×720, the smallest window the officer's PC may give: no table's column
 * header and no button is drawn shortened. Each is photographed to target/screenshots/walk-1280 to be looked at, with
 * the other shortened texts (long names in cells, which their tables may cut) listed in elided.txt beside them.
 */
@ExtendWith(ApplicationExtension.class)
class PageWalkTest {
    @TempDir
    static Path dir;
    private static AppContext app;
    private Shell shell;

    @BeforeAll
    static void fillTheDemo() {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        app.sampleData().fill(SampleSize.SMALL, Progress.NONE);
    }

    @AfterAll
    static void closeTheDemo() {
        app.close();
    }

    @Start
    void start(Stage stage) {
        shell = ShellWindows.openAt(app, stage, 1280, 720);
    }

    @AfterEach
    void close() throws Exception {
        ShellWindows.close(shell);
    }

    @Test
    void everyPageAndTabAt1280(FxRobot robot) throws Exception {
        Map<String, List<String>> cut = new LinkedHashMap<>();
        Map<String, List<String>> headersAndButtons = new LinkedHashMap<>();
        for (NavigationEntry page : shell.window().pages()) {
            robot.interact(() -> shell.window().show(page.id()));
            settle();
            cut.put(page.id(), elided());
            headersAndButtons.put(page.id(), headersAndButtonsCut());
            shot(page.id());
            List<TabPane> tabPanes = WaitForAsyncUtils.asyncFx(() -> shell.stage().getScene().getRoot().lookupAll(".tab-pane")
                    .stream().filter(TabPane.class::isInstance).map(TabPane.class::cast).toList()).get(10, TimeUnit.SECONDS);
            for (int p = 0; p < tabPanes.size(); p++) {
                TabPane tabs = tabPanes.get(p);
                for (int t = 1; t < tabs.getTabs().size(); t++) {
                    int index = t;
                    robot.interact(() -> tabs.getSelectionModel().select(index));
                    settle();
                    String name = page.id() + "-" + p + "-" + t;
                    cut.put(name, elided());
                    headersAndButtons.put(name, headersAndButtonsCut());
                    shot(name);
                }
                robot.interact(() -> tabs.getSelectionModel().select(0));
            }
        }
        StringBuilder report = new StringBuilder();
        cut.forEach((name, texts) -> report.append(name).append(": ").append(texts).append('\n'));
        Files.writeString(Path.of("target", "screenshots", "walk-1280", "elided.txt"), report);
        headersAndButtons.values().removeIf(List::isEmpty);
        assertThat(headersAndButtons).as("column headers and buttons drawn shortened at 1280×720, by page and tab").isEmpty();
    }

    /** The texts of column headers and buttons, anywhere in the window, drawn shortened or with a word split. */
    private List<String> headersAndButtonsCut() throws Exception {
        Node root = shell.stage().getScene().getRoot();
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> cut = new ArrayList<>();
            for (Node node : root.lookupAll(".column-header")) {
                if (node instanceof TableColumnHeader && shown(node)) {
                    // A heading wrapped over narrow columns may end in "…" when its tooltip gives it whole (the score grid's groups).
                    Clipping.elided(node).stream().filter(text -> node.lookupAll(".label").stream()
                            .noneMatch(l -> l instanceof javafx.scene.control.Label label && label.getTooltip() != null
                                    && text.equals(label.getTooltip().getText()))).forEach(cut::add);
                }
            }
            for (Node node : root.lookupAll(".button")) {
                if (node instanceof Button button && shown(button)) {
                    cut.addAll(Clipping.elided(button));
                }
            }
            return cut;
        }).get(10, TimeUnit.SECONDS);
    }

    /** Visible with all its parents: a tab not chosen keeps its content in the scene, hidden. */
    private static boolean shown(Node node) {
        for (Node up = node; up != null; up = up.getParent()) {
            if (!up.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private List<String> elided() throws Exception {
        Node root = shell.stage().getScene().getRoot();
        return WaitForAsyncUtils.asyncFx(() -> Clipping.elided(root)).get(10, TimeUnit.SECONDS);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shell.ui().tasks().busy().get());
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.asyncFx(() -> {
                shell.stage().getScene().getRoot().applyCss();
                shell.stage().getScene().getRoot().layout();
            }).get(10, TimeUnit.SECONDS);
            WaitForAsyncUtils.sleep(50, TimeUnit.MILLISECONDS);
        }
    }

    private void shot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> shell.stage().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage picture = SelfTest.toBufferedImage(image);
        Path target = Path.of("target", "screenshots", "walk-1280", name + ".png");
        Files.createDirectories(target.getParent());
        javax.imageio.ImageIO.write(picture, "png", target.toFile());
        assertThat(target).isNotEmptyFile();
    }
}
