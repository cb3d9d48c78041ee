package vn.tdkt.core;

import java.util.function.Supplier;

/**
 * A value made on first use, once, safely across threads. A command that is refused for its arguments
 * must not open the data folder, so the services behind a feature are built only when first asked for.
 */
public final class Lazy<T> implements Supplier<T> {
    private final Supplier<? extends T> factory;
    private volatile T value;

    private Lazy(Supplier<? extends T> factory) {
        this.factory = factory;
    }

    public static <T> Lazy<T> of(Supplier<? extends T> factory) {
        return new Lazy<>(factory);
    }

    @Override
    public T get() {
        T made = value;
        if (made == null) {
            synchronized (this) {
                made = value;
                if (made == null) {
                    made = factory.get();
                    value = made;
                }
            }
        }
        return made;
    }

    public boolean isMade() {
        return value != null;
    }
}
