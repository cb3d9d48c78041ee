package vn.tdkt.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
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
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.Transfer;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;

/** The real window, headless: add a person, find them without diacritics, transfer them to another company. */
@ExtendWith(ApplicationExtension.class)
class RosterPageTest {
    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;
    private Unit company1;
    private Unit company2;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(() -> {
            Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
            company1 = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
            company2 = app.units().add(regiment.id(), "c2", "Đại đội 2", null, "Đại đội");
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
    void theListsDialogAddsARankTheFiltersThenOffer(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("roster"));
        robot.clickOn("#roster-choices");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#choices-rank-name");
        robot.interact(() -> robot.lookup("#choices-rank-name").queryAs(TextField.class).setText("Thượng tướng"));
        robot.clickOn(shell.ui().text("choices.add"));
        javafx.scene.control.ListView<String> ranks = robot.lookup("#choices-rank").queryAs(javafx.scene.control.ListView.class);
        assertThat(ranks.getItems()).endsWith("Thượng tướng");
        robot.clickOn(javafx.scene.control.ButtonType.CLOSE.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.roster().choices(vn.tdkt.org.ChoiceList.RANK)).endsWith("Thượng tướng");
        ComboBox<String> rankFilter = robot.lookup(".combo-box").match(node -> ((ComboBox<?>) node).getItems().contains("Đại tá")).queryAs(ComboBox.class);
        assertThat(rankFilter.getItems()).contains("Thượng tướng");
    }

    @Test
    void addFindAndTransferAPerson(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("roster"));
        TreeView<Unit> tree = robot.lookup("#roster-units").queryAs(TreeView.class);
        robot.interact(() -> tree.getSelectionModel().select(find(tree.getRoot(), company1)));

        robot.clickOn("#roster-add");
        robot.interact(() -> {
            robot.lookup("#person-fullName").queryAs(TextField.class).setText("Nguyễn Văn Hùng");
            robot.lookup("#person-birth").queryAs(TextField.class).setText("05/12/1990");
        });
        robot.clickOn("#person-save");
        assertThat(recorded().errors()).isEmpty();

        robot.interact(() -> tree.getSelectionModel().select(tree.getRoot()));
        robot.clickOn("#roster-search").write("nguyen van hung");
        TableView<RosterEntry> table = robot.lookup("#roster-table").queryAs(TableView.class);
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        } catch (Exception e) {
            throw new AssertionError("search=" + robot.lookup("#roster-search").queryAs(TextField.class).getText() + " items=" + table.getItems().size()
                    + " db=" + app.roster().search(RosterQuery.ALL).size() + " errors=" + recorded().errors());
        }
        assertThat(table.getItems().getFirst().person().fullName()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(table.getItems().getFirst().unitCode()).isEqualTo("c1");

        robot.interact(() -> table.getSelectionModel().select(0));
        ComboBox<Unit> unit = robot.lookup("#person-unit").queryAs(ComboBox.class);
        robot.interact(() -> {
            unit.setValue(unit.getItems().stream().filter(u -> u.code().equals("c2")).findFirst().orElseThrow());
            robot.lookup("#person-moveDate").queryAs(TextField.class).setText("01/06/2026");
        });
        robot.clickOn("#person-transfer");

        assertThat(recorded().errors()).isEmpty();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1 && table.getItems().getFirst().unitCode().equals("c2"));
        RosterEntry moved = app.roster().search(RosterQuery.text("hung")).getFirst();
        assertThat(moved.unitCode()).isEqualTo("c2");
        assertThat(app.roster().transfers(moved.person().id())).extracting(Transfer::fromUnitId, Transfer::toUnitId, Transfer::movedOn)
                .containsExactly(org.assertj.core.api.Assertions.tuple(company1.id(), company2.id(), LocalDate.of(2026, 6, 1)));
    }

    private RecordingDialogs recorded() {
        return (RecordingDialogs) shell.ui().dialogs();
    }

    private static TreeItem<Unit> find(TreeItem<Unit> item, Unit unit) {
        if (item.getValue() != null && item.getValue().id().equals(unit.id())) {
            return item;
        }
        for (TreeItem<Unit> child : item.getChildren()) {
            TreeItem<Unit> found = find(child, unit);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
