package vn.tdkt.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.StartTimes;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.db.Backups;
import vn.tdkt.db.DataFolder;
import vn.tdkt.db.InstanceLock;

/**
 * The desktop application: the data folder opens in the background from {@link #launch} on, {@link #init()}
 * waits only for its instance lock, {@link #start} shows the window and fills it once the folder is open.
 */
public final class App extends Application {
    /** JavaFX makes the Application itself, so the root hands over how to open the folder here, once, before launch. */
    private static Startup startup;

    /** The folder being opened while JavaFX starts (see {@link Opening}). */
    private static Opening opening;

    /** Set once JavaFX's toolkit is up: a failure of {@link #launch} before that means no window can open. */
    private static volatile boolean toolkitStarted;

    /** Start-up failures a backup can cure. */
    private static final java.util.Set<String> RESTORABLE = java.util.Set.of("error.db.corrupt", "error.db.lost", "error.db.empty");

    private DataFolder folder;
    private Workspace workspace;
    private Shell shell;
    private Throwable startupError;

    /**
     * Starts the JavaFX application; returns when the window is closed. Throws an {@link AppException}
     * saying what to install or use when no window can be opened at all (no display, no GTK 3).
     */
    public static void launch(Startup opener, String[] args) {
        startup = Objects.requireNonNull(opener);
        opening = Opening.start(opener);
        try {
            Application.launch(App.class, args);
            // A window closed while the folder was still opening (a migration, say) lets that finish before the root
            // closes the folder and the process ends.
            opening.opened().handle((workspace, error) -> null).join();
        } catch (RuntimeException | UnsatisfiedLinkError e) {
            if (toolkitStarted) {
                throw e;
            }
            // No window: the folder is closed on the way out, so let its opening finish first.
            opening.opened().handle((workspace, error) -> null).join();
            throw WindowingFailure.explain(e);
        }
    }

    /**
     * Not a static field: {@link #launch} runs on the main thread before the toolkit starts, and the first logger made
     * sets Logback up (its providers looked for in every jar), which the opening thread does meanwhile instead.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(App.class);
    }

    @Override
    public void init() {
        toolkitStarted = true;
        StartTimes.reached("toolkit");
        folder = startup.folder();
        WindowWarmUp.start();
        try {
            Opening.await(opening.locked());
        } catch (AppException e) {
            if (e.messageKey().equals("error.instance.running")) {
                InstanceLock.askRunningInstanceToShow(folder);
            }
            log().warn("Start-up refused: {}", e.getMessage());
            startupError = e;
        } catch (RuntimeException e) {
            log().error("Start-up failed", e);
            startupError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            Theme.apply(false);
            startupDialogs().error(startupError);
            Platform.exit();
            return;
        }
        shell = Shell.frame(stage, folder, startup.pages(), null);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> shell.ui().dialogs().error(error));
        stage.show();
        StartTimes.reached("window.shown");
        new ActivationWatcher(folder, stage).start();
        opening.opened().whenComplete((opened, error) -> Platform.runLater(() -> opened(stage, opened, error)));
    }

    /** The folder is open, or failed to: the window gets its pages, or says why and closes. */
    private void opened(Stage stage, Workspace opened, Throwable error) {
        if (error != null) {
            startupError = Opening.unwrap(error);
            if (startupError instanceof AppException) {
                log().warn("Start-up refused: {}", startupError.getMessage());
            } else {
                log().error("Start-up failed", startupError);
            }
            // The dialogs stand alone, as at a start refused before any window: over the window drawn a moment ago,
            // GTK left both unpainted (Xvfb, no window manager).
            Platform.setImplicitExit(false);
            stage.hide();
            offerLatestBackup();
            if (startupError != null) {
                startupDialogs().error(startupError);
                Platform.exit();
                return;
            }
            Platform.setImplicitExit(true);
            stage.show();
        } else {
            workspace = opened;
        }
        shell = shell.attach(workspace);
        StartTimes.reached("page.shown");
        log().info("Start-up: {}", StartTimes.describe());
        shell.backUpIfDue();
    }

    /** A damaged, lost or emptied data file: offer the newest sound backup, keeping the damaged file beside it. */
    private void offerLatestBackup() {
        boolean damaged = startupError instanceof AppException app && RESTORABLE.contains(app.messageKey());
        Optional<Path> latest = damaged ? Backups.newestSound(folder.backups()) : Optional.empty();
        if (latest.isEmpty()) {
            return;
        }
        Messages text = Messages.vietnamese();
        String when;
        try {
            when = VietnameseDates.moment(Files.getLastModifiedTime(latest.get()).toInstant());
        } catch (IOException e) {
            when = latest.get().getFileName().toString();
        }
        if (startupDialogs().confirm(text.get("restore.offer.title"), text.get("restore.offer.text", text.describe(startupError), when))) {
            try {
                workspace = startup.restoreAndOpen(latest.get());
                startupError = null;
            } catch (RuntimeException e) {
                log().error("Restore failed", e);
                startupError = e;
            }
        }
    }

    /** Dialogs before the folder is open: no owner, Vietnamese (the language setting is in the file not opened). */
    private Dialogs startupDialogs() {
        DialogWords.use(Messages.vietnamese());
        return new FxDialogs(Messages.vietnamese(), () -> null, folder.logs());
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        if (workspace != null) {
            try {
                workspace.kernel().backups().create();
            } catch (RuntimeException e) {
                // The data is saved already; a missing exit backup is made up by the next start's.
                log().warn("Backup on exit failed", e);
            }
        }
    }
}
