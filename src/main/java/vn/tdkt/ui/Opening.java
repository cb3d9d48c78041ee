package vn.tdkt.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.tdkt.core.StartTimes;

/**
 * The data folder opening on its own thread while JavaFX starts and the window is drawn: on two cores the three
 * overlap instead of adding up before the window shows. The instance lock comes first, so a second start is refused
 * before it draws any window; the file's checks, migrations and the features' services follow.
 */
record Opening(CompletableFuture<Void> locked, CompletableFuture<Workspace> opened) {
    static Opening start(Startup startup) {
        StartTimes.reached("launch");
        CompletableFuture<Void> locked = new CompletableFuture<>();
        CompletableFuture<Workspace> opened = CompletableFuture.supplyAsync(() -> {
            try {
                startup.lock();
            } catch (RuntimeException | Error e) {
                locked.completeExceptionally(e);
                throw e;
            }
            locked.complete(null);
            return startup.open();
        }, work -> Thread.ofPlatform().name("tdkt-open").daemon().start(work));
        return new Opening(locked, opened);
    }

    /** The step's result, or its own exception (an AppException says what went wrong). */
    static <T> T await(CompletableFuture<T> step) {
        try {
            return step.join();
        } catch (CompletionException e) {
            throw unwrap(e);
        }
    }

    /** The exception a step failed with, as it was thrown on the opening thread. */
    static RuntimeException unwrap(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
