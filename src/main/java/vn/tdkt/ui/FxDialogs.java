package vn.tdkt.ui;

import java.awt.Desktop;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;

/** {@link Dialogs} as JavaFX alerts owned by the main window. */
public final class FxDialogs implements Dialogs {
    private static final Logger LOG = LoggerFactory.getLogger(FxDialogs.class);

    private final Messages messages;
    private final Supplier<Window> owner;
    private final Path logFolder;

    public FxDialogs(Messages messages, Supplier<Window> owner, Path logFolder) {
        this.messages = messages;
        this.owner = owner;
        this.logFolder = logFolder;
    }

    @Override
    public void error(Throwable error) {
        if (error instanceof AppException) {
            LOG.warn("Shown to the user: {}", messages.describe(error), error);
        } else {
            LOG.error("Unexpected error shown to the user", error);
        }
        Alert alert = alert(Alert.AlertType.ERROR, messages.get("dialog.error.title"), messages.describe(error));
        TextArea details = new TextArea(stackTrace(error));
        details.setEditable(false);
        details.setWrapText(false);
        details.setPrefRowCount(12);
        alert.getDialogPane().setExpandableContent(details);
        ButtonType openLog = new ButtonType(messages.get("dialog.error.openLog"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(ButtonType.CLOSE, openLog);
        alert.showAndWait().filter(openLog::equals).ifPresent(b -> openFolder(logFolder));
    }

    @Override
    public boolean confirm(String title, String text) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, text);
        ButtonType yes = new ButtonType(messages.get("dialog.confirm.yes"), ButtonBar.ButtonData.OK_DONE);
        ButtonType no = new ButtonType(messages.get("dialog.confirm.no"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Unsaved unsaved(String title, String text) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, text);
        ButtonType save = new ButtonType(messages.get("dialog.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(messages.get("dialog.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType back = new ButtonType(messages.get("dialog.unsaved.back"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(save, discard, back);
        ButtonType chosen = alert.showAndWait().orElse(back);
        return chosen == save ? Unsaved.SAVE : chosen == discard ? Unsaved.DISCARD : Unsaved.BACK;
    }

    @Override
    public void info(String title, String text) {
        Alert alert = alert(Alert.AlertType.INFORMATION, title, text);
        alert.getButtonTypes().setAll(ButtonType.CLOSE);
        alert.showAndWait();
    }

    /**
     * Lets a dialog holding a table, a preview or a wizard be as wide as its content asks, and resizable: AtlantaFX caps
     * every dialog pane at 600 px (-fx-max-width), which cut the roster import wizard's 760 px and the history import
     * preview's six columns. The theme's rule wins over setMaxWidth; an inline style wins over the theme.
     */
    public static <D extends Dialog<?>> D wide(D dialog) {
        dialog.getDialogPane().setStyle("-fx-max-width: -1;");
        dialog.setResizable(true);
        return dialog;
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.setContentText(text);
        return alert;
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** Opens a folder in the system's file manager, off the FX thread (Desktop calls can block). */
    static void openFolder(Path folder) {
        Thread.ofVirtual().start(() -> {
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                    Desktop.getDesktop().open(folder.toFile());
                }
            } catch (Exception e) {
                LOG.warn("Could not open {}", folder, e);
            }
        });
    }
}
