package vn.tdkt.ui;

import java.util.List;
import javafx.scene.Node;

/**
 * One page of the navigation. A feature's page is its view; the shell shows the title (from the page's
 * {@link NavigationEntry}), the page's actions in the header and the content in the middle. The shell builds the page each time it is opened
 * and lets it go when another page is opened, so a page keeps nothing between two visits.
 */
public interface Page {
    /** The page body; called once, when the page is opened. */
    Node content();

    /** The main actions for the header, the primary one first (it is shown filled). */
    default List<javafx.scene.control.Button> actions() {
        return List.of();
    }

    /** Keys that act while the page is shown (Ctrl+S save, Ctrl+N new, Ctrl+F search…). */
    default java.util.Map<javafx.scene.input.KeyCombination, Runnable> shortcuts() {
        return java.util.Map.of();
    }

    /** Reloads the page's data; called each time the page is shown and on F5. */
    default void refresh() {
    }

    /** False when the page has unsaved changes the user chose to keep editing. */
    default boolean canLeave() {
        return true;
    }
}
