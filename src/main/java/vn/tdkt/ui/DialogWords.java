package vn.tdkt.ui;

import java.util.Map;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Hyperlink;
import javafx.stage.Window;
import vn.tdkt.core.Messages;

/**
 * Every dialog's own words in the user's language. JavaFX words its standard buttons (OK, Cancel, Close) and an alert's
 * details link from bundles that have no Vietnamese, and the pages' dialogs use those buttons; so each dialog is
 * reworded as it shows, here, whoever made it. The buttons keep their {@link ButtonType}, so a dialog's own checks of
 * which was pressed stay as they are.
 */
public final class DialogWords {
    private static final Map<ButtonType, String> BUTTONS = Map.of(
            ButtonType.OK, "dialog.ok", ButtonType.CANCEL, "dialog.cancel", ButtonType.CLOSE, "dialog.close");
    private static volatile Messages language;

    private DialogWords() {
    }

    /** From now on dialogs speak this language; the first call starts watching the windows (FX thread). */
    static void use(Messages messages) {
        if (language == null) {
            Window.getWindows().addListener((ListChangeListener<Window>) change -> {
                while (change.next()) {
                    change.getAddedSubList().forEach(DialogWords::reword);
                }
            });
        }
        language = messages;
    }

    private static void reword(Window window) {
        if (window.getScene() != null && window.getScene().getRoot() instanceof DialogPane pane) {
            Messages words = language;
            BUTTONS.forEach((type, key) -> {
                if (pane.lookupButton(type) instanceof Button button) {
                    button.setText(words.get(key));
                }
            });
            // The details link is made during the dialog's first layout; JavaFX sets its text again on each toggle.
            Platform.runLater(() -> {
                if (pane.lookup(".details-button") instanceof Hyperlink link) {
                    Runnable word = () -> link.setText(words.get(pane.isExpanded() ? "dialog.details.hide" : "dialog.details.show"));
                    word.run();
                    pane.expandedProperty().addListener(changed -> word.run());
                }
            });
        }
    }
}
