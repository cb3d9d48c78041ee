package vn.tdkt.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Runs test set-up that touches the database on a plain thread and waits for it: TestFX calls
 * {@code @Start} on the FX thread, where db.FxThreadGuard refuses queries.
 */
public final class OffFxThread {
    private OffFxThread() {
    }

    public static <T> T call(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread.ofPlatform().start(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }
}
