package vn.tdkt.ui;

import java.time.Clock;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.AppContext;
import vn.tdkt.cli.Cli;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.db.InstanceLock;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;

/** The desktop application: opens the data folder in {@link #init()}, the window in {@link #start}. */
public final class App extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(App.class);

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
            Alert alert = new Alert(Alert.AlertType.ERROR, Messages.vietnamese().describe(startupError));
            alert.setTitle(Messages.vietnamese().get("app.title"));
            alert.setHeaderText(null);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> shell.ui().dialogs().error(error));
        shell = Shell.open(context, stage, null);
        stage.show();
        new ActivationWatcher(folder, stage).start();
        shell.backUpIfDue();
    }

    @Override
    public void stop() {
        if (shell != null) {
            shell.close();
        }
        if (context != null) {
            context.close();
        }
    }
}
