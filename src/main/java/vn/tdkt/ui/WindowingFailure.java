package vn.tdkt.ui;

import java.util.Locale;
import vn.tdkt.core.AppException;

/**
 * Why JavaFX could not open a window, as one sentence the officer can act on: no graphical session,
 * or (on Linux) the GTK 3 library missing. JavaFX reports both as a bare exception from its launcher
 * ("Unable to open DISPLAY", "Unable to load glass GTK library.").
 */
public final class WindowingFailure {
    private WindowingFailure() {
    }

    public static AppException explain(Throwable failure) {
        String message = String.valueOf(failure.getMessage());
        if (message.contains("DISPLAY")) {
            return new AppException(failure, "error.window.noDisplay");
        }
        if (message.toLowerCase(Locale.ROOT).contains("gtk")) {
            return new AppException(failure, "error.window.noGtk");
        }
        return new AppException(failure, "error.window.unavailable", message);
    }
}
