package vn.tdkt.db;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Refuses any query made on the JavaFX application thread, where it would freeze the window while the
 * disk or a writer's lock makes it wait. On in the tests and in {@code selftest} (system property
 * {@value #PROPERTY}), so a page that reads the database on the FX thread fails there, not at a user's desk.
 * The thread is known by name: this layer does not depend on JavaFX.
 */
final class FxThreadGuard implements ExecuteListener {
    static final String PROPERTY = "tdkt.db.forbidFxThread";
    private static final String FX_THREAD = "JavaFX Application Thread";

    static boolean enabled() {
        return Boolean.getBoolean(PROPERTY);
    }

    @Override
    public void start(ExecuteContext context) {
        check(context.query());
    }

    /** Throws when called on the JavaFX thread while the guard is on; {@code query} names what was asked. */
    static void check(Object query) {
        if (enabled() && FX_THREAD.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Database query on the JavaFX thread: " + query);
        }
    }
}
