package vn.tdkt.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.assertj.core.api.SoftAssertions;
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
 * The dialogs the pages open on the demo, at 1280×720: none cut by the theme's 600 px cap (its content narrower than
 * it asks) and no text in them drawn shortened. Pictures go to target/screenshots/dialogs.
 */
@ExtendWith(ApplicationExtension.class)
class DialogWalkTest {
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
    void everyDialogShowsItsContentWhole(FxRobot robot) throws Exception {
        Map<String, List<String>> problems = new LinkedHashMap<>();
        problems.put("scoring-open", open(robot, "scoring", "#scoring-open"));
        problems.put("roster-addUnit", open(robot, "roster", "#roster-addUnit"));
        problems.put("roster-choices", open(robot, "roster", "#roster-choices"));
        problems.put("certificate-duplicate", open(robot, "certificates", "#certificate-duplicate"));
        FxDialogs real = new FxDialogs(shell.ui().messages(), shell::stage, dir);
        problems.put("error", show(() -> real.error(new vn.tdkt.core.AppException("award.error.pickPerson")), "error"));
        problems.put("unsaved", show(() -> real.unsaved(shell.ui().text("scoring.leave.title"), shell.ui().text("scoring.leave.text")), "unsaved"));
        problems.values().removeIf(List::isEmpty);
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(problems).as("dialogs cut or with texts shortened at 1280×720").isEmpty();
        softly.assertAll();
    }

    private List<String> open(FxRobot robot, String page, String button) throws Exception {
        robot.interact(() -> shell.window().show(page));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !shell.ui().tasks().busy().get());
        Button opener = robot.lookup(button).queryAs(Button.class);
        return show(opener::fire, button.substring(1));
    }

    /** Runs {@code opening} (which shows a dialog and waits), looks at the dialog, then closes it. */
    private List<String> show(Runnable opening, String name) throws Exception {
        int before = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().size()).get(10, TimeUnit.SECONDS);
        Platform.runLater(opening);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > before);
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        Window dialog = WaitForAsyncUtils.asyncFx(() -> Window.getWindows().getLast()).get(10, TimeUnit.SECONDS);
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> {
            List<String> found = new ArrayList<>(Clipping.elided(dialog.getScene().getRoot()));
            if (dialog.getScene().getRoot() instanceof DialogPane pane && pane.getContent() != null) {
                double asked = pane.getContent().prefWidth(-1);
                double given = pane.getContent().getLayoutBounds().getWidth();
                if (given + 1 < asked) {
                    found.add("content " + Math.round(given) + " px of the " + Math.round(asked) + " px it asks");
                }
            }
            return found;
        }).get(10, TimeUnit.SECONDS);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> dialog.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage picture = SelfTest.toBufferedImage(image);
        Path target = Path.of("target", "screenshots", "dialogs", name + ".png");
        Files.createDirectories(target.getParent());
        javax.imageio.ImageIO.write(picture, "png", target.toFile());
        WaitForAsyncUtils.asyncFx(dialog::hide).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        return problems;
    }
}
