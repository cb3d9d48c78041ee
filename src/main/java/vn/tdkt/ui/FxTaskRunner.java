package vn.tdkt.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import vn.tdkt.core.Progress;

/** Runs work on background threads as JavaFX tasks; the status bar shows {@link #running()}. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(Thread.ofPlatform().daemon().name("tdkt-task-", 0).factory());
    private final ObservableList<Running> running = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final Dialogs dialogs;

    public FxTaskRunner(Dialogs dialogs) {
        this.dialogs = dialogs;
        busy.bind(Bindings.isNotEmpty(running));
    }

    @Override
    public <T> Running run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        FxTask<T> task = new FxTask<>(title, work);
        running.add(task);
        task.setOnSucceeded(e -> {
            running.remove(task);
            onDone.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            Throwable error = task.getException();
            if (error instanceof Progress.CancelledException) {
                return;
            }
            if (onError != null) {
                onError.accept(error);
            } else {
                dialogs.error(error);
            }
        });
        task.setOnCancelled(e -> running.remove(task));
        executor.execute(task);
        return task;
    }

    @Override
    public ObservableList<Running> running() {
        return running;
    }

    @Override
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    private static final class FxTask<T> extends Task<T> implements Running {
        private final String title;
        private final Work<T> work;

        FxTask(String title, Work<T> work) {
            this.title = title;
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() throws Exception {
            return work.call(new Progress() {
                @Override
                public void update(long done, long total, String message) {
                    updateProgress(done, total);
                    if (message != null) {
                        updateMessage(message);
                    }
                }

                @Override
                public boolean isCancelled() {
                    return FxTask.this.isCancelled();
                }
            });
        }

        @Override
        public String title() {
            return title;
        }

        @Override
        public ReadOnlyDoubleProperty progress() {
            return progressProperty();
        }

        @Override
        public ReadOnlyStringProperty message() {
            return messageProperty();
        }

        @Override
        public void requestCancel() {
            cancel(true);
        }
    }
}
