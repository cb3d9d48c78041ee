package vn.tdkt.ui;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.collections.ObservableList;
import vn.tdkt.core.Progress;

/**
 * The one way work leaves the FX thread: a task reports progress and checks for cancel through
 * {@link Progress}; its result or error comes back on the FX thread. In tests
 * the tests' ImmediateTaskRunner runs everything on the caller's thread.
 */
public interface TaskRunner {
    /** Work that runs off the FX thread. */
    @FunctionalInterface
    interface Work<T> {
        T call(Progress progress) throws Exception;
    }

    /** A running task as the status bar sees it. */
    interface Running {
        String title();

        javafx.beans.property.ReadOnlyDoubleProperty progress();

        javafx.beans.property.ReadOnlyStringProperty message();

        void requestCancel();
    }

    /**
     * Starts the work. {@code onDone} gets the result on the FX thread; errors go to the shared error
     * dialog unless {@code onError} handles them; a cancelled task calls neither.
     */
    <T> Running run(String title, Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError);

    default <T> Running run(String title, Work<T> work, Consumer<T> onDone) {
        return run(title, work, onDone, null);
    }

    ObservableList<Running> running();

    ReadOnlyBooleanProperty busy();
}
