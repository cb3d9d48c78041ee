package vn.tdkt.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;

/** AtlantaFX Primer, light by default, with the app's own few rules on top. */
public final class Theme {
    private Theme() {
    }

    public static void apply(boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet() : new PrimerLight().getUserAgentStylesheet());
    }

    public static String appStylesheet() {
        return java.util.Objects.requireNonNull(Theme.class.getResource("/ui/app.css"), "app.css").toExternalForm();
    }
}
