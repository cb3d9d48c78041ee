package vn.tdkt.ui;

import java.util.function.Function;
import org.kordamp.ikonli.Ikon;

/**
 * One line of the navigation: what it shows, and how to build its page. The shell builds the page when
 * it is opened and lets it go when another is opened, so a page visited once does not stay in memory.
 */
public record NavigationEntry(String id, String titleKey, Ikon icon, Function<UiContext, Page> factory) {
    /** Reads the line from a page built once for the purpose (its content is never asked for). */
    static NavigationEntry of(Page page, Function<UiContext, Page> factory) {
        return new NavigationEntry(page.id(), page.titleKey(), page.icon(), factory);
    }
}
