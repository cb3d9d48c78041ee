package vn.tdkt.ui;

import java.util.HashMap;
import java.util.Map;

/** Small things a view remembers between starts (where the officer left a divider), kept with the window's state. */
public interface ViewMemory {
    double number(String key, double fallback);

    void remember(String key, double value);

    /** Remembers for this run only: views built without a window (tests, the self-test's recorded dialogs). */
    static ViewMemory forThisRun() {
        Map<String, Double> values = new HashMap<>();
        return new ViewMemory() {
            @Override
            public double number(String key, double fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void remember(String key, double value) {
                values.put(key, value);
            }
        };
    }
}
