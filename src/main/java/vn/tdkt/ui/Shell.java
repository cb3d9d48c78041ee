package vn.tdkt.ui;

import java.util.function.Function;
import javafx.stage.Stage;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;

/** The main window put together on a stage: dialogs, task runner, pages, theme and remembered state. */
public final class Shell implements AutoCloseable {
    private static final java.time.Duration AUTOMATIC_BACKUP_INTERVAL = java.time.Duration.ofHours(24);

    private final Stage stage;
    private final MainWindow window;
    private final FxTaskRunner tasks;
    private final WindowState state;
    private final UiContext ui;

    private Shell(Stage stage, MainWindow window, FxTaskRunner tasks, WindowState state, UiContext ui) {
        this.stage = stage;
        this.window = window;
        this.tasks = tasks;
        this.state = state;
        this.ui = ui;
    }

    /**
     * Builds the window on the stage (not yet shown). {@code dialogsFor} lets the self-test record
     * dialogs instead of showing them; the app passes {@code null} for real dialogs.
     */
    public static Shell open(AppContext app, Stage stage, Function<Messages, Dialogs> dialogsFor) {
        Messages messages = app.messages();
        Theme.apply(app.settings().darkTheme());
        Dialogs dialogs = dialogsFor != null ? dialogsFor.apply(messages) : new FxDialogs(messages, () -> stage, app.folder().logs());
        FxTaskRunner tasks = new FxTaskRunner(dialogs);
        UiContext ui = new UiContext(app, messages, tasks, dialogs);
        MainWindow window = new MainWindow(ui);
        WindowState state = new WindowState(app.folder().preferences());
        stage.setTitle(messages.get("app.title") + " — " + app.settings().letterhead().unitName());
        stage.getIcons().setAll(About.icons());
        stage.setScene(window.createScene(1280, 760));
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        state.applyTo(stage);
        window.show(state.lastPage());
        Shell shell = new Shell(stage, window, tasks, state, ui);
        stage.setOnCloseRequest(event -> {
            if (!window.currentPage().map(Page::canLeave).orElse(true)) {
                event.consume();
            }
        });
        return shell;
    }

    /** The daily automatic backup, in the background; the status bar shows it when done. */
    public void backUpIfDue() {
        tasks.run(ui.text("backup.auto"), progress -> ui.app().backups().createIfDue(AUTOMATIC_BACKUP_INTERVAL),
                made -> window.statusBar().refresh());
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
        state.save(stage, window.currentPage().map(Page::id).orElse(""));
        tasks.close();
    }
}
