package vn.tdkt.ui;

import org.kordamp.ikonli.javafx.FontIcon;

/**
 * What drawing the first window needs that the FX thread need not do itself: Ikonli's fonts loaded (the first icon made
 * looks up the default font through fontconfig and loads every font of the Material 2 pack, five of them) and the
 * window's icons decoded. Started as soon as the toolkit is up, this runs while the FX thread applies the theme; the
 * FX thread then finds each ready, or waits only for what is left of it. The fonts come first: the status bar's icons
 * are the first the FX thread makes.
 */
final class WindowWarmUp {
    private WindowWarmUp() {
    }

    static void start() {
        Thread.ofPlatform().name("tdkt-window-warm-up").daemon().start(() -> {
            new FontIcon("mdal-dashboard");
            About.icons();
        });
    }
}
