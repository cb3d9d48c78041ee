package vn.tdkt.ui;

import java.util.Objects;
import java.util.function.Function;

/**
 * One line of the navigation, as a feature declares it: a stable id (remembered as the last page, used for
 * screenshots), the resource key of its title, its icon and how to build its page. The navigation is drawn
 * from these alone, so no page is built before it is opened; the shell builds the page when it is opened and
 * lets it go when another is opened.
 *
 * @param icon an Ikonli icon literal such as {@code "mdal-groups"}: features live outside the {@code ui}
 *             packages and name no Ikonli type (ArchitectureTest); {@code NavigationEntryTest} resolves each one
 */
public record NavigationEntry(String id, String titleKey, String icon, Function<UiContext, Page> factory) {
    public NavigationEntry {
        Objects.requireNonNull(id);
        Objects.requireNonNull(titleKey);
        Objects.requireNonNull(icon);
        Objects.requireNonNull(factory);
    }
}
