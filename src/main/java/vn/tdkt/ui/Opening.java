package vn.tdkt.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import vn.tdkt.core.StartTimes;

/**
 * The data folder opening on its own thread while JavaFX starts and the window is drawn. The instance lock comes
 * first, so a second start is refused before it draws any window; the file's checks, migrations and the features'
 * services follow once the window is up ({@link #windowDrawn}): on two cores, opening the file beside the FX thread
 * took most of the CPU the window needed, and the window showed no sooner than the first page.
 */
record Opening(CompletableFuture<Void> locked, CompletableFuture<Void> windowDrawn, CompletableFuture<Workspace> opened) {
    /** How long the opening waits for the window at most, should the window never say it is up. */
    private static final long WINDOW_WAIT_SECONDS = 5;

    static Opening start(Startup startup) {
        StartTimes.reached("launch");
        CompletableFuture<Void> locked = new CompletableFuture<>();
        CompletableFuture<Void> windowDrawn = new CompletableFuture<>();
        CompletableFuture<Workspace> opened = CompletableFuture.supplyAsync(() -> {
            try {
                startup.lock();
            } catch (RuntimeException | Error e) {
                locked.completeExceptionally(e);
                throw e;
            }
            locked.complete(null);
            windowDrawn.completeOnTimeout(null, WINDOW_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS).join();
            return startup.open();
        }, work -> Thread.ofPlatform().name("tdkt-open").daemon().start(work));
        return new Opening(locked, windowDrawn, opened);
    }

    /** The window is up (or will not be): the opening goes on. */
    void windowDone() {
        windowDrawn.complete(null);
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
