package vn.tdkt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
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
 * The demo in the window the officer has, 1366×768 (and 1280×720 for the award records): the tables, hints and
 * forms that used to be cut show their whole text, and the plan's long labels stay short enough to read. Pictures of each go to target/screenshots to be looked at.
 */
@ExtendWith(ApplicationExtension.class)
class NarrowWindowTest {
    @TempDir
    static Path dir;
    private static AppContext app;
    private Shell shell;

    /** JavaFX's CSS warnings (a theme rule whose looked-up colour did not resolve), which the app's start log should not hold. */
    private static final java.util.logging.Logger CSS = java.util.logging.Logger.getLogger("javafx.css");
    private static final List<String> CSS_WARNINGS = java.util.Collections.synchronizedList(new ArrayList<>());
    private static final java.util.logging.Handler CSS_CAPTURE = new java.util.logging.Handler() {
        @Override
        public void publish(java.util.logging.LogRecord record) {
            CSS_WARNINGS.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** Before the toolkit's set-up, whose time limit a busy machine's demo would pass. */
    @BeforeAll
    static void fillTheDemo() {
        CSS.addHandler(CSS_CAPTURE);
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        app.sampleData().fill(SampleSize.SMALL, Progress.NONE);
    }

    @AfterAll
    static void closeTheDemo() {
        CSS.removeHandler(CSS_CAPTURE);
        app.close();
    }

    @Start
    void start(Stage stage) {
        shell = ShellWindows.openAt(app, stage, SelfTest.WIDTH, SelfTest.HEIGHT);
    }

    @AfterEach
    void close() throws Exception {
        ShellWindows.close(shell);
    }

    @Test
    void everyTableHintAndFormShowsItsWholeText(FxRobot robot) throws Exception {
        SoftAssertions softly = new SoftAssertions();

        open(robot, "exchange");
        softly.assertThat(elided(robot, "#exchange-received")).as("received packages at 1366").isEmpty();
        shot("narrow-exchange.png");
        robot.interact(() -> robot.lookup("#exchange-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        settle();
        softly.assertThat(elided(robot, "#exchange-ranking")).as("ranking across blocks at 1366").isEmpty();
        shot("narrow-exchange-ranking.png");

        open(robot, "plan");
        softly.assertThat(elided(robot, "#plan-movements", 0)).as("movements' kind at 1366").isEmpty();
        softly.assertThat(elided(robot, "#plan-movements", 2)).as("movements' dates at 1366").isEmpty();
        for (String review : List.of("#plan-midtermLessons", "#plan-midtermRecommendations", "#plan-yearEndLessons",
                "#plan-yearEndRecommendations")) {
            double[] sizes = labelAndField(robot, review);
            softly.assertThat(sizes[0]).as(review + "'s label in lines at 1366").isLessThanOrEqualTo(2);
            softly.assertThat(sizes[1]).as(review + "'s width at 1366").isGreaterThanOrEqualTo(380);
        }
        shot("narrow-plan.png");
        robot.interact(() -> {
            Node up = robot.lookup("#plan-movements").queryAs(Node.class);
            while (!(up instanceof TabPane)) {
                up = up.getParent();
            }
            ((TabPane) up).getSelectionModel().select(1);
        });
        settle();
        for (int column = 1; column <= 4; column++) {
            softly.assertThat(elided(robot, "#plan-targets", column)).as("targets' column " + column + " at 1366").isEmpty();
        }
        shot("narrow-plan-targets.png");

        open(robot, "documents");
        softly.assertThat(elided(robot, "#doc-forms-hint")).as("the hint at the foot of Văn bản").isEmpty();
        shot("narrow-documents.png");

        open(robot, "roster");
        softly.assertThat(unitsCutAtTheDivider(robot)).as("unit names cut at the divider with nothing to read them by").isEmpty();
        shot("narrow-roster.png");

        robot.interact(() -> {
            shell.stage().setWidth(1280);
            shell.stage().setHeight(720);
        });
        open(robot, "awards");
        robot.interact(() -> robot.lookup("#award-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        settle();
        for (String form : List.of("#records-discipline-form", "#records-history-form")) {
            Region grid = robot.lookup(form).queryAs(Region.class);
            double[] edges = WaitForAsyncUtils.asyncFx(() -> new double[] {grid.localToScene(grid.getLayoutBounds()).getMaxX(),
                grid.getScene().getWidth()}).get(10, TimeUnit.SECONDS);
            softly.assertThat(edges[0]).as(form + " inside the window at 1280").isLessThanOrEqualTo(edges[1]);
            softly.assertThat(elided(robot, form)).as(form + " labels at 1280").isEmpty();
        }
        // The regiment itself: its history fills the table's cells too.
        robot.interact(() -> {
            javafx.scene.control.ComboBox<?> person = robot.lookup("#records-person").queryAs(javafx.scene.control.ComboBox.class);
            person.show();
            person.getSelectionModel().select(0);
            person.hide();
        });
        settle();
        for (String table : List.of("#records-discipline", "#records-history")) {
            int columns = robot.lookup(table).queryAs(TableView.class).getColumns().size();
            for (int column = 0; column < columns; column++) {
                softly.assertThat(elided(robot, table, column)).as(table + "'s column " + column + " at 1280").isEmpty();
            }
        }
        shot("narrow-award-records.png");
        // The plan page's first validated field puts ControlsFX's decoration pane around the window's content: done
        // while the page's tables are in the scene, it made the theme's table rules fail their looked-up colours.
        softly.assertThat(CSS_WARNINGS).as("CSS warnings while the pages opened").isEmpty();
        softly.assertAll();
    }

    private void open(FxRobot robot, String page) throws Exception {
        robot.interact(() -> shell.window().show(page));
        settle();
    }

    /** Background work done and a few pulses laid out, as the self-test waits. */
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

    private List<String> elided(FxRobot robot, String query) throws Exception {
        Node node = robot.lookup(query).queryAs(Node.class);
        return WaitForAsyncUtils.asyncFx(() -> Clipping.elided(node)).get(10, TimeUnit.SECONDS);
    }

    private List<String> elided(FxRobot robot, String table, int column) throws Exception {
        TableView<?> view = robot.lookup(table).queryAs(TableView.class);
        return WaitForAsyncUtils.asyncFx(() -> Clipping.elided(view, column)).get(10, TimeUnit.SECONDS);
    }

    /**
     * The lines the label of {@code field} takes (its height over one line's) and the field's width: a form's label
     * wrapped into a tall column reads badly even when nothing is cut.
     */
    private double[] labelAndField(FxRobot robot, String field) throws Exception {
        Region input = robot.lookup(field).queryAs(Region.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.control.Label label = input.getParent().getChildrenUnmodifiable().stream()
                    .filter(javafx.scene.control.Label.class::isInstance).map(javafx.scene.control.Label.class::cast)
                    .filter(l -> l.getLabelFor() == input).findFirst().orElseThrow();
            javafx.scene.text.Text line = new javafx.scene.text.Text("Ấy");
            line.setFont(label.getFont());
            double lineHeight = line.getLayoutBounds().getHeight();
            double textHeight = label.lookup(".text").getLayoutBounds().getHeight();
            return new double[] {Math.round(textHeight / lineHeight), input.getWidth()};
        }).get(10, TimeUnit.SECONDS);
    }

    /** Tree rows running past the tree's right edge, or shortened without a tooltip giving the whole name. */
    private List<String> unitsCutAtTheDivider(FxRobot robot) throws Exception {
        TreeView<?> tree = robot.lookup("#roster-units").queryAs(TreeView.class);
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> cut = new ArrayList<>();
            Bounds visible = tree.localToScene(tree.getLayoutBounds());
            for (Node node : tree.lookupAll(".tree-cell")) {
                if (node instanceof TreeCell<?> cell && !cell.isEmpty() && cell.isVisible() && cell.getText() != null) {
                    Bounds bounds = cell.localToScene(cell.getLayoutBounds());
                    boolean shortened = !Clipping.elided(cell).isEmpty();
                    boolean readable = !shortened || cell.getTooltip() != null && cell.getTooltip().getText().equals(cell.getText());
                    if (bounds.getMaxX() > visible.getMaxX() + 0.5 || !readable) {
                        cut.add(cell.getText());
                    }
                }
            }
            return cut;
        }).get(10, TimeUnit.SECONDS);
    }

    private void shot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> shell.stage().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        BufferedImage picture = SelfTest.toBufferedImage(image);
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        javax.imageio.ImageIO.write(picture, "png", target.toFile());
        assertThat(target).isNotEmptyFile();
    }
}
