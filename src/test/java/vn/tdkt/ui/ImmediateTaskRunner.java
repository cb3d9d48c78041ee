package vn.tdkt.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.Progress;

/** Runs work at once on the caller's thread: view models are tested with it, without threads or waits. */
public final class ImmediateTaskRunner implements TaskRunner {
    private final Dialogs dialogs;
    private final ObservableList<Running> running = FXCollections.observableArrayList();
    private final java.util.List<Runnable> changeListeners = new java.util.ArrayList<>();

    public ImmediateTaskRunner(Dialogs dialogs) {
        this.dialogs = dialogs;
    }

    @Override
    public <T> Running run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
        ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
        Running handle = new Running() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public ReadOnlyDoubleProperty progress() {
                return progress.getReadOnlyProperty();
            }

            @Override
            public ReadOnlyStringProperty message() {
                return message.getReadOnlyProperty();
            }

            @Override
            public void requestCancel() {
                // Already finished by the time anyone holds the handle.
            }

            @Override
            public void whenFinished(Runnable action) {
                action.run();
            }
        };
        T result;
        try {
            result = work.call(new Progress() {
                @Override
                public void update(long done, long total, String text) {
                    progress.set(total <= 0 ? -1 : (double) done / total);
                    message.set(text == null ? "" : text);
                }

                @Override
                public boolean isCancelled() {
                    return false;
                }
            });
        } catch (Exception e) {
            if (onError != null) {
                onError.accept(e);
            } else {
                dialogs.error(e);
            }
            return handle;
        }
        onDone.accept(result);
        return handle;
    }

    @Override
    public <T> Running change(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        return run(title, work, result -> {
            onDone.accept(result);
            dataChanged();
        }, onError);
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
        return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
    }
}
