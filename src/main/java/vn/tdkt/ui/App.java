package vn.tdkt.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.db.Backups;
import vn.tdkt.db.DataFolder;
import vn.tdkt.db.InstanceLock;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;

/** The desktop application: opens the data folder in {@link #init()}, the window in {@link #start}. */
public final class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").withZone(ZoneId.systemDefault());

    /** Start-up failures a backup can cure. */
    private static final java.util.Set<String> RESTORABLE = java.util.Set.of("error.db.corrupt", "error.db.lost", "error.db.empty");

    private DataFolder folder;
    private AppContext context;
    private Shell shell;
    private Throwable startupError;

    /** Starts the JavaFX application; returns when the window is closed. */
    public static void launch(String[] args) {
        Application.launch(App.class, args);
    }

    @Override
    public void init() {
        Cli.Global global = Cli.parseGlobal(getParameters().getRaw().toArray(String[]::new));
        folder = global.folder();
        try {
            context = AppContext.open(folder, Clock.systemDefaultZone());
            SampleData samples = new SampleData(context);
            if (global.demo() && samples.isEmpty()) {
                samples.fill(SampleSize.REGIMENT, vn.tdkt.core.Progress.NONE);
            }
        } catch (AppException e) {
            if (e.messageKey().equals("error.instance.running")) {
                InstanceLock.askRunningInstanceToShow(folder);
            }
            LOG.warn("Start-up refused: {}", e.getMessage());
            startupError = e;
        } catch (RuntimeException e) {
            LOG.error("Start-up failed", e);
            startupError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            Theme.apply(false);
            offerLatestBackup();
        }
        if (startupError != null) {
            startupDialogs().error(startupError);
            Platform.exit();
            return;
        }
        shell = Shell.open(context, stage, null);
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> shell.ui().dialogs().error(error));
        stage.show();
        new ActivationWatcher(folder, stage).start();
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
            when = WHEN.format(Files.getLastModifiedTime(latest.get()).toInstant());
        } catch (IOException e) {
            when = latest.get().getFileName().toString();
        }
        if (startupDialogs().confirm(text.get("restore.offer.title"), text.get("restore.offer.text", text.describe(startupError), when))) {
            try {
                context = AppContext.restoreAndOpen(folder, latest.get(), Clock.systemDefaultZone());
                startupError = null;
            } catch (RuntimeException e) {
                LOG.error("Restore failed", e);
                startupError = e;
            }
        }
    }

    /** Dialogs before the main window exists: no owner, Vietnamese (the language setting is in the file not opened). */
    private Dialogs startupDialogs() {
        return new FxDialogs(Messages.vietnamese(), () -> null, folder.logs());
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        if (context != null) {
            try {
                context.backups().create();
            } catch (RuntimeException e) {
                // The data is saved already; a missing exit backup is made up by the next start's.
                LOG.warn("Backup on exit failed", e);
            }
            context.close();
        }
    }
}
