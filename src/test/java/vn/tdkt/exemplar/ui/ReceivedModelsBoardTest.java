package vn.tdkt.exemplar.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
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
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.exemplar.Card;
import vn.tdkt.exemplar.Discovery;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Unit;
import vn.tdkt.settings.Letterhead;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/**
 * The board at the higher echelon, headless: a model received in a subordinate's dossier package is
 * marked with the unit that sent it and opens read-only; the unit's own model stays editable; cards
 * fit their column (long lines wrap) and the filters are shown whole.
 */
@ExtendWith(ApplicationExtension.class)
class ReceivedModelsBoardTest {
    static {
        // Two data folders are opened and a package travels between them: slow on a busy machine.
        org.testfx.api.FxToolkit.toolkitContext().setSetupTimeoutInMillis(180_000);
    }

    @TempDir
    Path dir;
    private AppContext division;
    private Shell shell;

    @Start
    void start(Stage stage) {
        division = AppContext.at(new DataFolder(dir.resolve("division")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(division::open), stage, RecordingDialogs::new);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        ShellWindows.close(shell);
        division.close();
    }

    @Test
    void aReceivedModelIsMarkedWithItsSenderAndOpensReadOnly(FxRobot robot) throws Exception {
        OffFxThread.call(() -> {
            Unit f3 = division.units().add(null, "F3", "Sư đoàn 3", null, "Sư đoàn");
            Unit logistics = division.units().add(f3.id(), "F3-hc", "Ban Hậu cần - Kỹ thuật", null, "Ban");
            String own = division.roster().add(logistics.id(), PersonDetails.named("Phan Mạnh An")).id();
            LocalDate today = division.exemplars().exemplars().today();
            division.exemplars().exemplars().discover(Discovery.ofPerson(own, "Huấn luyện", "Bắn đạn thật đạt giỏi hai năm liền",
                    "Phòng Chính trị", today.minusDays(5), List.of()));
            receiveFromRegiment21(today);
            return null;
        });
        robot.interact(() -> {
            shell.stage().setWidth(1366);
            shell.stage().setHeight(768);
            shell.window().show("exemplars");
        });
        ListView<Card> discovered = robot.lookup("#column-discovered").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> discovered.getItems().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        Card received = discovered.getItems().stream().filter(Card::received).findFirst().orElseThrow();
        Card own = discovered.getItems().stream().filter(c -> !c.received()).findFirst().orElseThrow();
        assertThat(received.subjectName()).isEqualTo("Lê Đức Thắng");
        assertThat(received.receivedFrom()).isEqualTo("Trung đoàn 21");
        assertThat(texts(discovered)).contains("Nhận từ Trung đoàn 21").filteredOn(t -> t.startsWith("Nhận từ")).hasSize(1);
        for (Node cell : discovered.lookupAll(".list-cell")) {
            if (((ListCell<?>) cell).getItem() != null) {
                assertThat(cell.getLayoutBounds().getWidth()).as("a card is no wider than its column").isLessThanOrEqualTo(discovered.getWidth());
                javafx.scene.layout.Region card = (javafx.scene.layout.Region) ((ListCell<?>) cell).getGraphic();
                assertThat(card.prefHeight(card.getWidth())).as("the card has the height its wrapped lines need, not overlapping the next")
                        .isLessThanOrEqualTo(card.getHeight() + 0.5);
                for (Node line : cell.lookupAll(".label")) {
                    assertThat(drawn((Labeled) line)).as("a card's line wraps, never ends in …").isEqualTo(((Labeled) line).getText());
                }
            }
        }

        assertThat(drawn(robot.lookup("#exemplar-filter-clear").queryLabeled())).as("the filters fit beside each other").isEqualTo("Bỏ lọc");
        javafx.scene.control.Control year = robot.lookup("#exemplar-filter-year").queryAs(javafx.scene.control.Control.class);
        assertThat(year.getWidth()).as("the year chooser keeps the width its prompt needs").isGreaterThanOrEqualTo(year.prefWidth(-1));

        robot.interact(() -> discovered.getSelectionModel().select(received));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#detail-received").query().isVisible());
        assertThat(robot.lookup("#detail-received").queryLabeled().getText()).contains("Trung đoàn 21", "chỉ xem");
        assertThat(robot.lookup("#check-save").query().isDisabled()).as("no check recorded on another unit's model").isTrue();
        assertThat(robot.lookup("#profile-save").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#move-save").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#evidence-attach").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#summary-text").queryAs(javafx.scene.control.TextArea.class).isEditable()).isFalse();

        robot.interact(() -> discovered.getSelectionModel().select(own));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !robot.lookup("#detail-received").query().isVisible());
        assertThat(robot.lookup("#detail-title").queryLabeled().getText()).isEqualTo("Phan Mạnh An");
        assertThat(robot.lookup("#check-save").query().isDisabled()).as("the unit's own model stays editable").isFalse();
        assertThat(robot.lookup("#summary-text").queryAs(javafx.scene.control.TextArea.class).isEditable()).isTrue();
        assertThat(((RecordingDialogs) shell.ui().dialogs()).errors()).isEmpty();
    }

    /** Trung đoàn 21 in its own folder sends its snapshot, then one model's dossier; the division imports both. */
    private void receiveFromRegiment21(LocalDate today) {
        try (AppContext regiment = AppContext.open(new DataFolder(dir.resolve("regiment")), java.time.Clock.systemDefaultZone())) {
            regiment.settings().saveLetterhead(new Letterhead("Sư đoàn 3", "Trung đoàn 21", "TrĐ21", "Quảng Bình",
                    "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Phạm Minh Tuấn"));
            Unit e21 = regiment.units().add(null, "TrD21", "Trung đoàn 21", null, "Trung đoàn");
            Unit c1 = regiment.units().add(e21.id(), "TrD21-c1", "Đại đội 1", null, "Đại đội");
            String thang = regiment.roster().add(c1.id(), PersonDetails.named("Lê Đức Thắng")).id();
            String model = regiment.exemplars().exemplars().discover(Discovery.ofPerson(thang, "Huấn luyện", "Bắn súng AK bài 1 giỏi ba năm liền",
                    "Ban Chính trị", today.minusDays(10), List.of())).id();
            Path snapshot = dir.resolve("TrD21.tdkt");
            Path dossier = dir.resolve("ho-so.tdkt");
            regiment.exchange().export("snapshot", "TrD21", snapshot, null, Messages.vietnamese(), Progress.NONE);
            regiment.exchange().export("dossier", model, dossier, null, Messages.vietnamese(), Progress.NONE);
            String fingerprint = regiment.installation().fingerprint();
            division.exchange().importPackage(snapshot, null, fingerprint, Progress.NONE);
            division.exchange().importPackage(dossier, null, fingerprint, Progress.NONE);
        }
    }

    /** The text a label actually draws: its own, or a shortened one ending in "…" when it does not fit. */
    private static String drawn(Labeled labeled) {
        return ((javafx.scene.text.Text) labeled.lookup(".text")).getText();
    }

    private static List<String> texts(ListView<Card> list) {
        return list.lookupAll(".label").stream().map(n -> ((Labeled) n).getText()).toList();
    }
}
