package vn.tdkt.ui;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.db.DataFolder;
import vn.tdkt.db.InstanceLock;

/** Brings the window to the front when a second start of the same data folder touches the activation file. */
final class ActivationWatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ActivationWatcher.class);
    private final DataFolder folder;
    private final Stage stage;

    ActivationWatcher(DataFolder folder, Stage stage) {
        this.folder = folder;
        this.stage = stage;
    }

    void start() {
        Path name = InstanceLock.activationFile(folder).getFileName();
        Thread.ofPlatform().daemon().name("tdkt-activation").start(() -> {
            try (WatchService watcher = folder.root().getFileSystem().newWatchService()) {
                folder.root().register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
                while (true) {
                    WatchKey key = watcher.take();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (name.equals(event.context())) {
                            Platform.runLater(this::bringToFront);
                        }
                    }
                    key.reset();
                }
            } catch (IOException | ClosedWatchServiceException e) {
                LOG.info("No activation watch on {}: {}", folder.root(), e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private void bringToFront() {
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }
}
