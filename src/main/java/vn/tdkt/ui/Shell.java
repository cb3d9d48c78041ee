package vn.tdkt.ui;

import java.util.List;
import java.util.function.Function;
import javafx.stage.Stage;
import vn.tdkt.core.Messages;
import vn.tdkt.core.StartTimes;
import vn.tdkt.db.Kernel;

/** The main window put together on a stage: dialogs, task runner, pages, theme and remembered state. */
public final class Shell implements AutoCloseable {
    private static final java.time.Duration AUTOMATIC_BACKUP_INTERVAL = java.time.Duration.ofHours(24);

    private final Stage stage;
    private final MainWindow window;
    private final FxTaskRunner tasks;
    private final WindowState state;
    private final UiContext ui;
    private final Kernel kernel;

    private Shell(Stage stage, MainWindow window, FxTaskRunner tasks, WindowState state, UiContext ui, Kernel kernel) {
        this.stage = stage;
        this.window = window;
        this.tasks = tasks;
        this.state = state;
        this.ui = ui;
        this.kernel = kernel;
    }

    /**
     * Builds the window on the stage (not yet shown). {@code dialogsFor} lets the self-test record
     * dialogs instead of showing them; the app passes {@code null} for real dialogs.
     */
    public static Shell open(Workspace workspace, Stage stage, Function<Messages, Dialogs> dialogsFor) {
        Messages messages = workspace.messages();
        Kernel kernel = workspace.kernel();
        Theme.apply(workspace.darkTheme());
        StartTimes.reached("theme");
        Dialogs dialogs = dialogsFor != null ? dialogsFor.apply(messages) : new FxDialogs(messages, () -> stage, kernel.folder().logs());
        FxTaskRunner tasks = new FxTaskRunner(dialogs);
        WindowState state = new WindowState(kernel.folder().preferences());
        UiContext ui = new UiContext(messages, tasks, dialogs, state);
        MainWindow window = new MainWindow(ui, workspace.pages(), new StatusBar(ui, kernel));
        tasks.addDataChangeListener(window::refresh);
        stage.setTitle(workspace.unitName().isEmpty() ? messages.get("app.title") : messages.get("app.title") + " — " + workspace.unitName());
        stage.getIcons().setAll(About.icons());
        stage.setScene(window.createScene(1280, 760));
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        state.applyTo(stage);
        window.show(state.lastPage());
        Shell shell = new Shell(stage, window, tasks, state, ui, kernel);
        StartTimes.reached("shell");
        stage.setOnCloseRequest(event -> {
            if (!window.currentPage().map(Page::canLeave).orElse(true)) {
                event.consume();
            }
        });
        return shell;
    }

    /** The daily automatic backup, in the background; the status bar shows it when done. */
    public void backUpIfDue() {
        tasks.change(ui.text("backup.auto"), progress -> kernel.backups().createIfDue(AUTOMATIC_BACKUP_INTERVAL), made -> {
        });
    }

    public MainWindow window() {
        return window;
    }

    public UiContext ui() {
        return ui;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void close() {
        state.save(stage, window.currentEntry().map(NavigationEntry::id).orElse(""));
        tasks.close();
    }
}
