package vn.tdkt.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
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
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.Unit;
import vn.tdkt.plan.Movement;
import vn.tdkt.plan.TargetView;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/** The real window, headless: create the year's plan with a phase and a target, register a company in one action, see the coverage move. */
@ExtendWith(ApplicationExtension.class)
class PlanPageTest {
    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(() -> {
            Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
            Unit company1 = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
            Unit company2 = app.units().add(regiment.id(), "c2", "Đại đội 2", null, "Đại đội");
            app.roster().add(company1.id(), PersonDetails.named("Nguyễn Văn Hùng"));
            app.roster().add(company1.id(), PersonDetails.named("Trần Văn An"));
            app.roster().add(company2.id(), PersonDetails.named("Lê Văn Bình"));
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
    void createAPlanWithAPhaseAndATargetThenRegisterACompany(FxRobot robot) throws Exception {
        int year = java.time.LocalDate.now().getYear();
        robot.interact(() -> shell.window().show("plan"));
        waitFor(() -> robot.lookup("#plan-year").queryAs(ComboBox.class).getValue() != null);

        robot.clickOn("#plan-save");
        waitFor(() -> app.plan().plans().planOfYear(year).isPresent());

        robot.interact(() -> {
            robot.lookup("#movement-name").queryAs(TextField.class).setText("Đợt thi đua cao điểm chào mừng 22/12");
            robot.lookup("#movement-start").queryAs(TextField.class).setText("01/10/" + year);
            robot.lookup("#movement-end").queryAs(TextField.class).setText("22/12/" + year);
        });
        robot.clickOn("#movement-save");
        TableView<Movement> movements = robot.lookup("#plan-movements").queryAs(TableView.class);
        waitFor(() -> movements.getItems().size() == 1);

        selectTab(robot, 1);
        robot.interact(() -> {
            robot.lookup("#target-text").queryAs(TextField.class).setText("Quân số tham gia huấn luyện");
            robot.lookup("#target-value").queryAs(TextField.class).setText("98,6");
        });
        robot.clickOn("#target-save");
        TableView<TargetView> targets = robot.lookup("#plan-targets").queryAs(TableView.class);
        waitFor(() -> targets.getItems().size() == 1);
        assertThat(targets.getItems().getFirst().target().targetValue()).isEqualTo(98.6);

        selectTab(robot, 2);
        BarChart<Number, String> chart = robot.lookup("#registration-coverage").queryAs(BarChart.class);
        waitFor(() -> share(chart, "Đại đội 1") == 0.0);
        ComboBox<Unit> unit = robot.lookup("#registration-unit").queryAs(ComboBox.class);
        robot.interact(() -> unit.setValue(unit.getItems().stream().filter(u -> u != null && u.code().equals("c1")).findFirst().orElseThrow()));
        ListView<RosterEntry> missing = robot.lookup("#registration-missing").queryAs(ListView.class);
        waitFor(() -> missing.getItems().size() == 2);
        robot.clickOn("#registration-bulk");
        waitFor(() -> missing.getItems().isEmpty());
        robot.interact(() -> unit.setValue(null));
        waitFor(() -> share(chart, "Đại đội 1") == 100.0 && share(chart, "Đại đội 2") == 0.0);

        assertThat(((RecordingDialogs) shell.ui().dialogs()).errors()).isEmpty();
        assertThat(app.plan().registrations().personLines(year, null)).hasSize(2);
    }

    /**
     * The year-end review's lessons typed on the page at 1366×768: the fields fit beside their labels, the save
     * keeps them, and the page built again shows them (the picture is kept to look at).
     */
    @Test
    void aLessonTypedForTheYearEndReviewIsSavedAndShownAgain(FxRobot robot) throws Exception {
        int year = java.time.LocalDate.now().getYear();
        robot.interact(() -> {
            shell.stage().setWidth(vn.tdkt.ui.SelfTest.WIDTH);
            shell.stage().setHeight(vn.tdkt.ui.SelfTest.HEIGHT);
            shell.window().show("plan");
        });
        waitFor(() -> robot.lookup("#plan-year").queryAs(ComboBox.class).getValue() != null);
        TextArea lessons = robot.lookup("#plan-yearEndLessons").queryAs(TextArea.class);
        TextArea recommendations = robot.lookup("#plan-yearEndRecommendations").queryAs(TextArea.class);
        assertThat(lessons.getText()).as("the standing wording offered").contains("Chỉ tiêu thi đua cụ thể, đo được");
        assertThat(recommendations.getText()).startsWith("Đề nghị cấp trên tiếp tục quan tâm chỉ đạo");

        robot.interact(() -> robot.lookup("#plan-yearEndDate").queryAs(TextField.class).setText("18/12/" + year));
        robot.interact(() -> lessons.requestFocus());
        robot.push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A).write("Huấn luyện sát thực tế chiến đấu.")
                .type(javafx.scene.input.KeyCode.ENTER).write("Khen thưởng kịp thời sau đợt cao điểm.");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(lessons.getText()).isEqualTo("Huấn luyện sát thực tế chiến đấu.\nKhen thưởng kịp thời sau đợt cao điểm.");
        robot.clickOn("#plan-save");
        waitFor(() -> app.plan().plans().planOfYear(year).map(p -> p.yearEnd().lessons() != null).orElse(false));
        assertThat(app.plan().plans().planOfYear(year).orElseThrow().yearEnd().lessonLines())
                .containsExactly("Huấn luyện sát thực tế chiến đấu.", "Khen thưởng kịp thời sau đợt cao điểm.");

        robot.interact(() -> shell.window().show("roster"));
        robot.interact(() -> shell.window().show("plan"));
        waitFor(() -> robot.lookup("#plan-yearEndLessons").match(n -> n.getScene() != null).tryQuery()
                .map(n -> ((TextArea) n).getText().startsWith("Huấn luyện sát thực tế")).orElse(false));
        TextArea shown = robot.lookup("#plan-yearEndLessons").match(n -> n.getScene() != null).queryAs(TextArea.class);
        assertThat(shown.getText()).isEqualTo("Huấn luyện sát thực tế chiến đấu.\nKhen thưởng kịp thời sau đợt cao điểm.");

        javafx.scene.control.ScrollPane form = (javafx.scene.control.ScrollPane) ancestor(shown, javafx.scene.control.ScrollPane.class);
        robot.interact(() -> form.setVvalue(form.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        javafx.geometry.Bounds area = shown.localToScene(shown.getLayoutBounds());
        javafx.geometry.Bounds view = form.localToScene(form.getLayoutBounds());
        assertThat(area.getMaxX()).as("the field inside the form, no sideways scrolling").isLessThanOrEqualTo(view.getMaxX());
        assertThat(area.getWidth()).as("wide enough to read a lesson").isGreaterThanOrEqualTo(250);
        javafx.scene.image.WritableImage picture = WaitForAsyncUtils.asyncFx(() -> shell.stage().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        java.nio.file.Files.createDirectories(Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(vn.tdkt.ui.SelfTest.toBufferedImage(picture), "png", Path.of("target", "screenshots", "plan-review-words.png").toFile());
        assertThat(((RecordingDialogs) shell.ui().dialogs()).errors()).isEmpty();
    }

    private static javafx.scene.Node ancestor(javafx.scene.Node node, Class<?> type) {
        javafx.scene.Node at = node.getParent();
        while (at != null && !type.isInstance(at)) {
            at = at.getParent();
        }
        return at;
    }

    private static void selectTab(FxRobot robot, int index) {
        robot.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(index));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static double share(BarChart<Number, String> chart, String unit) {
        if (chart.getData().isEmpty()) {
            return -1;
        }
        return chart.getData().getFirst().getData().stream().filter(d -> d.getYValue().equals(unit)).map(XYChart.Data::getXValue)
                .mapToDouble(Number::doubleValue).findFirst().orElse(-1);
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
