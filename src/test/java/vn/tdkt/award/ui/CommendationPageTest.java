package vn.tdkt.award.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import vn.tdkt.award.Grade;
import vn.tdkt.award.Status;
import vn.tdkt.award.TitleResult;
import vn.tdkt.award.Verdict;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/** The real window, headless: classify a company in bulk, save, and read the eligibility list with its reasons. */
@ExtendWith(ApplicationExtension.class)
class CommendationPageTest {
    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;
    private Unit company;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(() -> {
            Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
            company = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
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
    @SuppressWarnings("unchecked")
    void classifyACompanyInBulkThenSeeWhoQualifies(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("awards"));
        ComboBox<Unit> unit = robot.lookup("#award-unit").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> unit.getItems().size() == 2);
        robot.interact(() -> unit.setValue(unit.getItems().stream().filter(u -> u.code().equals("c1")).findFirst().orElseThrow()));
        TableView<GradeRow> grid = robot.lookup("#award-grades").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> grid.getItems().size() == 3);
        assertThat(grid.getItems()).extracting(GradeRow::name).containsExactly("Đại đội 1", "Nguyễn Văn Hùng", "Trần Thị Lan");

        robot.interact(() -> robot.lookup("#award-bulk-grade").queryAs(ComboBox.class).setValue(Grade.HTXSNV));
        robot.clickOn("#award-set-all");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> grid.getItems().stream().allMatch(r -> r.gradeProperty().get() == Grade.HTXSNV));
        robot.interact(() -> grid.getItems().get(2).gradeProperty().set(Grade.HTTNV));
        robot.clickOn("#award-save-grades");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> OffFxThread.call(() -> app.database().dsl()
                .fetchCount(vn.tdkt.db.jooq.Tables.AWARD_CLASSIFICATION)) == 3);
        assertThat(recorded().errors()).isEmpty();

        robot.interact(() -> robot.lookup("#award-tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        ListView<TitleResult> titles = robot.lookup("#award-titles").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !titles.getItems().isEmpty());
        robot.interact(() -> titles.getSelectionModel().select(
                titles.getItems().stream().filter(t -> t.rule().code().equals("CSTDCS")).findFirst().orElseThrow()));
        TableView<Verdict> verdicts = robot.lookup("#award-verdicts").queryAs(TableView.class);
        // The page reloads after the save (more than once: the save and the tab both ask); wait until it is done.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !shell.ui().tasks().busy().get() && verdicts.getItems().size() == 2
                && verdicts.getItems().getFirst().status() == Status.QUALIFIES);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(WaitForAsyncUtils.asyncFx(() -> List.copyOf(verdicts.getItems())).get(10, TimeUnit.SECONDS)).extracting(v -> v.candidate().name() + ":" + v.status())
                .containsExactly("Nguyễn Văn Hùng:" + Status.QUALIFIES, "Trần Thị Lan:" + Status.NEARLY);
        assertThat(robot.lookup("#award-title-summary").queryAs(Label.class).getText()).isEqualTo("Đủ điều kiện 1 trong 2 được xét.");
        robot.interact(() -> verdicts.getSelectionModel().select(1));
        assertThat(robot.lookup("#award-reasons").queryAs(TextArea.class).getText())
                .contains("✓ Đạt Chiến sĩ tiên tiến năm")
                .contains("✗ Một trong các điều kiện: ✗ Phân loại năm");
        PageShots.save(shell, "awards-eligibility.png");

        robot.interact(() -> robot.lookup("#award-tabs").queryAs(TabPane.class).getSelectionModel().select(6));
        TableView<?> rules = robot.lookup("#award-rules").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !rules.getItems().isEmpty());
        robot.interact(() -> rules.getSelectionModel().select(1));
        PageShots.save(shell, "awards-rules.png");
    }

    @Test
    @SuppressWarnings("unchecked")
    void typeADisciplineCaseAndAPastAwardForAPerson(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("awards"));
        ComboBox<Unit> unit = robot.lookup("#award-unit").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> unit.getItems().size() == 2);
        robot.interact(() -> unit.setValue(unit.getItems().stream().filter(u -> u.code().equals("c1")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#award-grades").queryAs(TableView.class).getItems().size() == 3);
        robot.interact(() -> robot.lookup("#award-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        ComboBox<RecordsViewModel.Subject> person = robot.lookup("#records-person").queryAs(ComboBox.class);
        robot.interact(() -> {
            person.show();
            person.hide();
            person.setValue(person.getItems().stream().filter(e -> e.label().equals("Trần Thị Lan")).findFirst().orElseThrow());
        });

        // Without a description the case is refused in Vietnamese and nothing is written.
        robot.clickOn("#discipline-add");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !recorded().errors().isEmpty());
        assertThat(recorded().errors()).containsExactly("Nhập ngày phát sinh và nội dung vụ việc kỷ luật.");
        robot.interact(() -> robot.lookup("#discipline-description").queryAs(javafx.scene.control.TextField.class).setText("Vi phạm điều lệnh"));
        robot.clickOn("#discipline-add");
        TableView<?> discipline = robot.lookup("#records-discipline").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> discipline.getItems().size() == 1);

        robot.interact(() -> {
            robot.lookup("#history-year").queryAs(javafx.scene.control.TextField.class).setText("2024");
            robot.lookup("#history-title").queryAs(ComboBox.class).getEditor().setText("Chiến sĩ tiên tiến");
            robot.lookup("#history-decision").queryAs(javafx.scene.control.TextField.class).setText("45/QĐ-TrĐ19");
            robot.lookup("#history-issuer").queryAs(javafx.scene.control.TextField.class).setText("Trung đoàn 19");
        });
        robot.clickOn("#history-add");
        TableView<?> history = robot.lookup("#records-history").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
        vn.tdkt.award.PastAward past = (vn.tdkt.award.PastAward) history.getItems().getFirst();
        assertThat(past.titleCode()).isEqualTo("CSTT");
        assertThat(past.year()).isEqualTo(2024);
        assertThat(past.decisionNumber()).isEqualTo("45/QĐ-TrĐ19");
        assertThat(recorded().errors()).hasSize(1);
        PageShots.save(shell, "awards-records.png");

        // The pending case now bars her from every title.
        robot.interact(() -> robot.lookup("#award-tabs").queryAs(TabPane.class).getSelectionModel().select(3));
        ListView<TitleResult> titles = robot.lookup("#award-titles").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !titles.getItems().isEmpty());
        robot.interact(() -> titles.getSelectionModel().select(
                titles.getItems().stream().filter(t -> t.rule().code().equals("CSTT")).findFirst().orElseThrow()));
        TableView<Verdict> verdicts = robot.lookup("#award-verdicts").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> verdicts.getItems().stream()
                .anyMatch(v -> v.candidate().name().equals("Trần Thị Lan")));
        assertThat(verdicts.getItems().stream().filter(v -> v.candidate().name().equals("Trần Thị Lan")).findFirst().orElseThrow().status())
                .isNotEqualTo(Status.QUALIFIES);
    }

    private RecordingDialogs recorded() {
        return (RecordingDialogs) shell.ui().dialogs();
    }
}
