package vn.tdkt.core;

/**
 * How long work reports where it is and learns it was cancelled. Services take one so the same
 * code runs in a background task (with a progress bar) and from the command line.
 */
public interface Progress {
    /** A progress that reports nowhere and is never cancelled. */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void update(long done, long total, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the user asked to stop; long loops call this between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Thrown to unwind work the user cancelled; any transaction around it rolls back. */
    final class CancelledException extends RuntimeException {
        public CancelledException() {
            super("cancelled", null, false, false);
        }
    }
}
