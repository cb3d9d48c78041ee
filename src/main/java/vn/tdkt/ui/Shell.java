package vn.tdkt.ui;

import java.util.List;
import java.util.function.Function;
import javafx.stage.Stage;
import vn.tdkt.core.Messages;
import vn.tdkt.core.StartTimes;
import vn.tdkt.db.DataFolder;
import vn.tdkt.db.Kernel;

/**
 * The main window put together on a stage: dialogs, task runner, pages, theme and remembered state. It is drawn in two
 * steps so that it shows while the data folder opens: {@link #frame} before, {@link #attach} once the folder is open.
 */
public final class Shell implements AutoCloseable {
    private static final java.time.Duration AUTOMATIC_BACKUP_INTERVAL = java.time.Duration.ofHours(24);

    private final Stage stage;
    private final DataFolder folder;
    private final List<NavigationEntry> pages;
    private final Function<Messages, Dialogs> dialogsFor;
    private final Look look;
    private final WindowState state;
    private final MainWindow window;
    private final FxTaskRunner tasks;
    private final UiContext ui;
    /** The opened folder's kernel; none until {@link #attach}. */
    private Kernel kernel;

    private Shell(Stage stage, DataFolder folder, List<NavigationEntry> pages, Function<Messages, Dialogs> dialogsFor, Look look, WindowState state) {
        this.stage = stage;
        this.folder = folder;
        this.pages = pages;
        this.dialogsFor = dialogsFor;
        this.look = look;
        this.state = state;
        Messages messages = look.messages();
        DialogWords.use(messages);
        Dialogs dialogs = dialogsFor != null ? dialogsFor.apply(messages) : new FxDialogs(messages, () -> stage, folder.logs());
        this.tasks = new FxTaskRunner(dialogs);
        this.ui = new UiContext(messages, tasks, dialogs, state);
        this.window = new MainWindow(ui, pages, new StatusBar(ui, folder));
        tasks.addDataChangeListener(window::refresh);
        stage.setScene(window.createScene(1280, 760));
        stage.setOnCloseRequest(event -> {
            if (!window.currentPage().map(Page::canLeave).orElse(true)) {
                event.consume();
            }
        });
    }

    /**
     * The window before the data folder is open, on the stage (not yet shown): the navigation, "opening" in the page's
     * place, the remembered size, language and theme. {@code dialogsFor} lets the self-test record dialogs instead of
     * showing them; the app passes {@code null} for real dialogs.
     */
    public static Shell frame(Stage stage, DataFolder folder, List<NavigationEntry> pages, Function<Messages, Dialogs> dialogsFor) {
        WindowState state = new WindowState(folder.preferences());
        return frame(stage, folder, pages, dialogsFor, state, state.look());
    }

    private static Shell frame(Stage stage, DataFolder folder, List<NavigationEntry> pages, Function<Messages, Dialogs> dialogsFor,
                               WindowState state, Look look) {
        Theme.apply(look.dark());
        StartTimes.reached("theme");
        Shell shell = new Shell(stage, folder, pages, dialogsFor, look, state);
        stage.setTitle(shell.ui.text("app.title"));
        stage.getIcons().setAll(About.icons());
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        state.applyTo(stage);
        StartTimes.reached("shell");
        return shell;
    }

    /**
     * Puts the opened folder in the window: its unit in the title, the status bar, the page last shown. A file whose
     * language differs from the one remembered gets the window drawn again in it (a new shell on the same stage, which
     * this returns); a different theme is applied in place.
     */
    public Shell attach(Workspace workspace) {
        Look opened = Look.of(workspace);
        Shell shell = this;
        if (!opened.language().equals(look.language())) {
            tasks.close();
            shell = new Shell(stage, folder, pages, dialogsFor, opened, state);
        }
        if (opened.dark() != look.dark()) {
            Theme.apply(opened.dark());
        }
        state.remember(opened);
        shell.kernel = workspace.kernel();
        String title = shell.ui.text("app.title");
        stage.setTitle(workspace.unitName().isEmpty() ? title : title + " — " + workspace.unitName());
        shell.window.statusBar().attach(workspace.kernel());
        shell.window.show(state.lastPage());
        return shell;
    }

    /** The window with the folder already open, on the stage (not yet shown). */
    public static Shell open(Workspace workspace, Stage stage, Function<Messages, Dialogs> dialogsFor) {
        DataFolder folder = workspace.kernel().folder();
        return frame(stage, folder, workspace.pages(), dialogsFor, new WindowState(folder.preferences()), Look.of(workspace)).attach(workspace);
    }

    /** The daily automatic backup, in the background; the status bar shows it when done. */
    public void backUpIfDue() {
        Kernel opened = kernel;
        tasks.change(ui.text("backup.auto"), progress -> opened.backups().createIfDue(AUTOMATIC_BACKUP_INTERVAL), made -> {
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
        // A window closed before the folder opened keeps the page remembered from before.
        state.save(stage, window.currentEntry().map(NavigationEntry::id).orElse(state.lastPage()));
        tasks.close();
    }
}
