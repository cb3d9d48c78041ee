package vn.tdkt.ui;

import java.time.Instant;
import java.util.Optional;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.db.DataFolder;
import vn.tdkt.db.Kernel;

/** The bottom line: data file, schema version, last backup, and the running task with progress and cancel. */
public final class StatusBar extends HBox {
    private final UiContext ui;
    private final DataFolder folder;
    /** The opened folder's kernel; none while the window shows before the folder is open. */
    private Kernel kernel;
    private final Label file = new Label();
    private final Label schema = new Label();
    private final Label backup = new Label();
    private final Label task = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final Button about = new Button();

    /** What the bar shows, read off the FX thread. */
    private record Facts(java.nio.file.Path file, String schema, Optional<Instant> lastBackup) {
    }

    public StatusBar(UiContext ui, DataFolder folder) {
        this.ui = ui;
        this.folder = folder;
        getStyleClass().add("status-bar");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(16);
        setPadding(new Insets(4, 10, 4, 10));
        progress.setPrefWidth(160);
        cancel.setGraphic(new FontIcon(Material2AL.CLOSE));
        cancel.getStyleClass().addAll("flat", "small");
        cancel.setTooltip(new Tooltip(ui.text("task.cancel")));
        cancel.setAccessibleText(ui.text("task.cancel"));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        about.setGraphic(new FontIcon(Material2AL.INFO));
        about.getStyleClass().addAll("flat", "small");
        about.setTooltip(new Tooltip(ui.text("about.title")));
        about.setAccessibleText(ui.text("about.title"));
        about.setOnAction(e -> showAbout());
        getChildren().addAll(file, schema, backup, spacer, task, progress, cancel, about);
        ui.tasks().running().addListener((ListChangeListener<TaskRunner.Running>) change -> showTask());
        showTask();
    }

    /** The folder is open: the bar shows its facts from now on. */
    public void attach(Kernel opened) {
        kernel = opened;
        refresh();
    }

    /** Re-reads the facts shown (after a backup, a restore, an import). */
    public void refresh() {
        Kernel opened = kernel;
        if (opened == null) {
            return;
        }
        ui.tasks().run(ui.text("status.reading"),
                progress -> new Facts(opened.database().file(), opened.database().schemaVersion(), opened.backups().lastBackupTime()),
                this::show);
    }

    private void show(Facts facts) {
        file.setText(ui.text("status.file", facts.file()));
        schema.setText(ui.text("status.schema", facts.schema()));
        backup.setText(facts.lastBackup().map(t -> ui.text("status.backup", VietnameseDates.moment(t))).orElse(ui.text("status.backup.none")));
    }

    /** The About dialog: version, license and source, data and log folders. */
    public void showAbout() {
        ui.dialogs().info(ui.text("about.title"), About.text(ui.messages(), folder));
    }

    private void showTask() {
        TaskRunner.Running current = ui.tasks().running().isEmpty() ? null : ui.tasks().running().getLast();
        boolean any = current != null;
        task.setVisible(any);
        progress.setVisible(any);
        cancel.setVisible(any);
        task.textProperty().unbind();
        progress.progressProperty().unbind();
        if (any) {
            task.textProperty().bind(current.message().map(m -> m == null || m.isEmpty() ? current.title() : current.title() + ": " + m));
            progress.progressProperty().bind(current.progress());
            cancel.setDisable(false);
            cancel.setOnAction(e -> {
                cancel.setDisable(true);
                task.textProperty().unbind();
                task.setText(ui.text("task.stopping", current.title()));
                current.requestCancel();
            });
        }
    }
}
