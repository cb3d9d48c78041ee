package vn.tdkt.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
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
    private final ExecutorService writer = Executors.newSingleThreadExecutor(Thread.ofPlatform().daemon().name("tdkt-writer").factory());
    private final ObservableList<Running> running = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final List<Runnable> changeListeners = new CopyOnWriteArrayList<>();
    private final Dialogs dialogs;

    public FxTaskRunner(Dialogs dialogs) {
        this.dialogs = dialogs;
        busy.bind(Bindings.isNotEmpty(running));
    }

    @Override
    public <T> Running run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return submit(executor, title, work, onDone, onError);
    }

    @Override
    public <T> Running change(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return submit(writer, title, work, result -> {
            onDone.accept(result);
            dataChanged();
        }, onError);
    }

    private <T> Running submit(ExecutorService on, String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        FxTask<T> task = new FxTask<>(title, work);
        running.add(task);
        task.setOnSucceeded(e -> {
            try {
                onDone.accept(task.getValue());
            } finally {
                task.finish(running);
            }
        });
        task.setOnFailed(e -> {
            try {
                Throwable error = task.getException();
                if (error instanceof Progress.CancelledException) {
                    return;
                }
                if (onError != null) {
                    onError.accept(error);
                } else {
                    dialogs.error(error);
                }
            } finally {
                task.finish(running);
            }
        });
        try {
            on.execute(task);
        } catch (RejectedExecutionException closing) {
            // The window is closing: a page reacting to its last events starts nothing new.
            running.remove(task);
        }
        return task;
    }

    @Override
    public void dataChanged() {
        changeListeners.forEach(Runnable::run);
    }

    @Override
    public void addDataChangeListener(Runnable listener) {
        changeListeners.add(listener);
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
        writer.shutdownNow();
    }

    /**
     * Cancel is a request the work sees through {@link Progress#isCancelled()}, never a thread
     * interrupt: the task ends (and leaves the list) only when the worker has returned or thrown.
     */
    private static final class FxTask<T> extends Task<T> implements Running {
        private final String title;
        private final Work<T> work;
        private final List<Runnable> whenFinished = new java.util.ArrayList<>();
        private volatile boolean cancelRequested;
        private boolean finished;

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
                    return cancelRequested;
                }
            });
        }

        void finish(ObservableList<Running> running) {
            finished = true;
            running.remove(this);
            whenFinished.forEach(Runnable::run);
            whenFinished.clear();
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
            cancelRequested = true;
        }

        @Override
        public void whenFinished(Runnable action) {
            if (finished) {
                action.run();
            } else {
                whenFinished.add(action);
            }
        }
    }
}
