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
import vn.tdkt.ui.ShellWindows;

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
        // Let a search waiting for the keys to rest, and every task it starts, finish before the runner stops.
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.ui().tasks().running().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        ShellWindows.close(shell);
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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !ranks.getItems().isEmpty() && ranks.getItems().getLast().equals("Thượng tướng"));
        robot.clickOn(shell.ui().text("dialog.close"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.roster().choices(vn.tdkt.org.ChoiceList.RANK)).endsWith("Thượng tướng");
        ComboBox<String> rankFilter = robot.lookup(".combo-box").match(node -> ((ComboBox<?>) node).getItems().contains("Đại tá")).queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> rankFilter.getItems().contains("Thượng tướng"));
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
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
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
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 1 && table.getItems().getFirst().unitCode().equals("c2"));
        RosterEntry moved = app.roster().search(RosterQuery.text("hung")).getFirst();
        assertThat(moved.unitCode()).isEqualTo("c2");
        assertThat(app.roster().transfers(moved.person().id())).extracting(Transfer::fromUnitId, Transfer::toUnitId, Transfer::movedOn)
                .containsExactly(org.assertj.core.api.Assertions.tuple(company1.id(), company2.id(), LocalDate.of(2026, 6, 1)));
    }

    @Test
    void thePanelOpensForAPersonAndClosesWithEscape(FxRobot robot) throws Exception {
        app.roster().add(company1.id(), vn.tdkt.org.PersonDetails.named("Nguyễn Văn Hùng"));
        robot.interact(() -> shell.window().show("roster"));
        TableView<RosterEntry> table = robot.lookup("#roster-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(robot.lookup("#person-fullName").tryQuery()).as("no panel before a person is chosen").isEmpty();

        robot.interact(() -> {
            shell.stage().setWidth(vn.tdkt.ui.SelfTest.WIDTH);
            shell.stage().setHeight(vn.tdkt.ui.SelfTest.HEIGHT);
        });
        double fullWidth = table.getWidth();
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(robot.lookup("#person-fullName").queryAs(TextField.class).getText()).isEqualTo("Nguyễn Văn Hùng");
        // At 1366×768 the open panel leaves the table more than half its width (the picture is kept to look at).
        javafx.scene.image.WritableImage picture = WaitForAsyncUtils.asyncFx(() -> shell.stage().getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        javax.imageio.ImageIO.write(vn.tdkt.ui.SelfTest.toBufferedImage(picture), "png", java.nio.file.Path.of("target", "screenshots", "roster-panel.png").toFile());
        assertThat(table.getWidth()).isGreaterThan(fullWidth * 0.5).isLessThan(fullWidth);
        double columns = table.getVisibleLeafColumns().stream().mapToDouble(javafx.scene.control.TableColumn::getWidth).sum();
        assertThat(columns).as("every column shown, Đơn vị and Ghi nhận included, inside the table").isLessThanOrEqualTo(table.getWidth());
        assertThat(table.getVisibleLeafColumns()).extracting(c -> (String) c.getUserData())
                .containsExactly("roster.field.full_name", "roster.field.rank", "roster.field.unit_name", "roster.column.status");
        assertThat(table.getVisibleLeafColumns().getFirst().getWidth()).as("the name is read in full").isGreaterThanOrEqualTo(160);

        javafx.scene.control.SplitPane split = robot.lookup("#roster-split").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> split.setDividerPosition(1, 0.6));
        robot.clickOn("#person-fullName").type(javafx.scene.input.KeyCode.ESCAPE);

        assertThat(robot.lookup("#person-fullName").tryQuery()).isEmpty();
        assertThat(table.getVisibleLeafColumns()).as("the panel closed gives every column back").hasSize(7);
        robot.clickOn("#roster-add");
        assertThat(robot.lookup("#person-fullName").tryQuery()).isPresent();
        assertThat(split.getDividerPositions()[1]).as("the panel opens where the officer left its divider").isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.02));
        assertThat(shell.ui().memory().number("roster.panelDivider", 0)).as("kept for the next start").isCloseTo(0.6, org.assertj.core.data.Offset.offset(0.02));
        robot.clickOn("#person-close");
        assertThat(robot.lookup("#person-fullName").tryQuery()).isEmpty();
    }

    @Test
    void unsavedTypingAsksSaveDiscardOrGoBack(FxRobot robot) throws Exception {
        app.roster().add(company1.id(), vn.tdkt.org.PersonDetails.named("Nguyễn Văn Hùng"));
        app.roster().add(company1.id(), vn.tdkt.org.PersonDetails.named("Trần Thị Hoa"));
        robot.interact(() -> shell.window().show("roster"));
        TableView<RosterEntry> table = robot.lookup("#roster-table").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        int hoa = indexOf(table, "Trần Thị Hoa");
        int hung = indexOf(table, "Nguyễn Văn Hùng");
        robot.interact(() -> table.getSelectionModel().select(hung));
        TextField name = robot.lookup("#person-fullName").queryAs(TextField.class);
        TextField moveDate = robot.lookup("#person-moveDate").queryAs(TextField.class);
        robot.interact(() -> {
            name.setText("Nguyễn Văn Hưng");
            moveDate.setText("01/07/2026");
        });

        recorded().answerUnsaved(vn.tdkt.ui.Dialogs.Unsaved.BACK);
        robot.interact(() -> table.getSelectionModel().select(hoa));
        assertThat(recorded().notices().getLast()).contains("Nguyễn Văn Hùng", "chưa được lưu");
        assertThat(name.getText()).as("back: the typing stays").isEqualTo("Nguyễn Văn Hưng");
        assertThat(table.getSelectionModel().getSelectedItem().person().fullName()).isEqualTo("Nguyễn Văn Hùng");

        recorded().answerUnsaved(vn.tdkt.ui.Dialogs.Unsaved.DISCARD);
        robot.interact(() -> table.getSelectionModel().select(indexOf(table, "Trần Thị Hoa")));
        assertThat(name.getText()).isEqualTo("Trần Thị Hoa");
        assertThat(app.roster().search(RosterQuery.text("hung"))).hasSize(1);

        robot.interact(() -> name.setText("Trần Thị Hòa"));
        recorded().answerUnsaved(vn.tdkt.ui.Dialogs.Unsaved.SAVE);
        robot.interact(() -> table.getSelectionModel().select(indexOf(table, "Nguyễn Văn Hùng")));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !app.roster().search(RosterQuery.text("hoa")).isEmpty()
                && app.roster().search(RosterQuery.text("hoa")).getFirst().person().fullName().equals("Trần Thị Hòa"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> name.getText().equals("Nguyễn Văn Hùng"));
        assertThat(recorded().errors()).isEmpty();
    }

    @Test
    void aFastTypistStartsOneSearch(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("roster"));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.ui().tasks().running().isEmpty());
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        java.util.List<String> started = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        robot.interact(() -> shell.ui().tasks().running().addListener((javafx.collections.ListChangeListener<vn.tdkt.ui.TaskRunner.Running>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(task -> started.add(task.title()));
            }
        }));
        TextField search = robot.lookup("#roster-search").queryAs(TextField.class);
        // Fifteen keys well within the pause, as a fast typist sends them (a robot on a loaded machine cannot keep that pace).
        robot.interact(() -> {
            String text = "nguyen van hung";
            for (int i = 1; i <= text.length(); i++) {
                search.setText(text.substring(0, i));
            }
        });
        WaitForAsyncUtils.sleep(800, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(started).filteredOn(shell.ui().text("roster.searching")::equals).hasSize(1);
    }

    private static int indexOf(TableView<RosterEntry> table, String name) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).person().fullName().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(name + " not in the table");
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
