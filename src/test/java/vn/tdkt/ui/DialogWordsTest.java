package vn.tdkt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;

/** The dialogs say every word in Vietnamese, JavaFX's own buttons and details link included, whoever made them. */
@ExtendWith(ApplicationExtension.class)
class DialogWordsTest {
    @TempDir
    Path dir;

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
        DialogWords.use(Messages.vietnamese());
    }

    @Test
    void anErrorSaysCloseAndItsDetailsLinkInVietnamese() throws Exception {
        Messages vietnamese = Messages.vietnamese();
        FxDialogs dialogs = new FxDialogs(vietnamese, () -> stage, dir);
        DialogPane pane = shown(() -> dialogs.error(new AppException("award.error.pickPerson")));
        List<String> buttons = onFx(() -> pane.lookupAll(".button").stream().filter(Button.class::isInstance).map(node -> ((Button) node).getText()).toList());
        assertThat(buttons).containsExactlyInAnyOrder(vietnamese.get("dialog.close"), vietnamese.get("dialog.error.openLog"));
        Hyperlink details = onFx(() -> (Hyperlink) pane.lookup(".details-button"));
        assertThat(onFx(details::getText)).isEqualTo(vietnamese.get("dialog.details.show"));
        onFx(() -> {
            pane.setExpanded(true);
            return null;
        });
        assertThat(onFx(details::getText)).isEqualTo(vietnamese.get("dialog.details.hide"));
        onFx(() -> {
            pane.getScene().getWindow().hide();
            return null;
        });
    }

    @Test
    void aNoticeClosesWithAVietnameseButton() throws Exception {
        Messages vietnamese = Messages.vietnamese();
        FxDialogs dialogs = new FxDialogs(vietnamese, () -> stage, dir);
        DialogPane pane = shown(() -> dialogs.info("Giới thiệu", "TĐKT Desktop"));
        List<String> buttons = onFx(() -> pane.lookupAll(".button").stream().filter(Button.class::isInstance).map(node -> ((Button) node).getText()).toList());
        assertThat(buttons).containsExactly(vietnamese.get("dialog.close"));
        onFx(() -> {
            pane.getScene().getWindow().hide();
            return null;
        });
    }

    @Test
    void aPagesOwnDialogWithJavaFxButtonsSpeaksVietnameseAndStillTellsWhichWasPressed() throws Exception {
        Messages vietnamese = Messages.vietnamese();
        DialogPane pane = shown(() -> {
            javafx.scene.control.TextInputDialog dialog = new javafx.scene.control.TextInputDialog("Trung đoàn 19");
            dialog.initOwner(stage);
            dialog.showAndWait();
        });
        List<String> buttons = onFx(() -> pane.lookupAll(".button").stream().filter(Button.class::isInstance).map(node -> ((Button) node).getText()).toList());
        assertThat(buttons).containsExactlyInAnyOrder(vietnamese.get("dialog.ok"), vietnamese.get("dialog.cancel"));
        assertThat(buttons).doesNotContain("OK", "Cancel");
        Button ok = onFx(() -> (Button) pane.lookupButton(javafx.scene.control.ButtonType.OK));
        assertThat(onFx(ok::getText)).as("the button keeps JavaFX's OK type").isEqualTo(vietnamese.get("dialog.ok"));
        onFx(() -> {
            pane.getScene().getWindow().hide();
            return null;
        });
    }

    /** Shows the dialog (which waits) from the FX queue and returns its pane once it is on screen. */
    private static DialogPane shown(Runnable showing) throws Exception {
        int before = onFx(() -> Window.getWindows().size());
        Platform.runLater(showing);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Window.getWindows().size() > before);
        WaitForAsyncUtils.waitForFxEvents();
        return onFx(() -> (DialogPane) Window.getWindows().getLast().getScene().getRoot());
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        return WaitForAsyncUtils.asyncFx(action).get(10, TimeUnit.SECONDS);
    }
}
