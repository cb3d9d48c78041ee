package vn.tdkt.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;
import vn.tdkt.core.Progress;

/**
 * The one way work leaves the FX thread: a task reports progress and checks for cancel through
 * {@link Progress}; its result or error comes back on the FX thread. In tests the tests'
 * ImmediateTaskRunner runs everything on the caller's thread.
 */
public interface TaskRunner {
    /** Work that runs off the FX thread. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** A running task as the status bar and its starter see it. */
    interface Running {
        String title();

        javafx.beans.property.ReadOnlyDoubleProperty progress();

        javafx.beans.property.ReadOnlyStringProperty message();

        /**
         * Asks the work to stop at its next check. The task stays listed until the worker has really
         * stopped: work past its last check (a commit) finishes and is reported as done.
         */
        void requestCancel();

        /** Runs on the FX thread once the task has ended, however it ended (at once if it already has). */
        void whenFinished(Runnable action);
    }

    /**
     * Starts the work. {@code onDone} gets the result on the FX thread; errors go to the shared error
     * dialog unless {@code onError} handles them; a cancelled task calls neither.
     */
    <T> Running run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    default <T> Running run(String title, Work<T> work, Consumer<T> onDone) {
        return run(title, work, onDone, null);
    }

    /**
     * Work that changes records. Changes run one after another on a single writer, so a save waits
     * its turn behind an import instead of meeting a locked database; when one succeeds, every
     * data-change listener hears of it (after {@code onDone}).
     */
    <T> Running change(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    default <T> Running change(String title, Work<T> work, Consumer<T> onDone) {
        return change(title, work, onDone, null);
    }

    /** Tells the listeners that records changed (the shell refreshes the page and the status bar). */
    void dataChanged();

    void addDataChangeListener(Runnable listener);

    ObservableList<Running> running();

    ReadOnlyBooleanProperty busy();
}
