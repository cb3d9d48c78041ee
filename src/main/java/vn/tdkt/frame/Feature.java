package vn.tdkt.frame;

import java.util.List;
import java.util.Optional;
import vn.tdkt.bench.Measurement;
import vn.tdkt.cli.Command;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.doc.FormSource;
import vn.tdkt.ui.NavigationEntry;

/**
 * What one feature brings to the app: its pages, commands, document forms, sample data, overview figures and bench
 * measurements. A feature is built once at the root with the services it needs ({@code AppContext}
 * lists every feature in navigation order), so adding one touches its own package and one line there.
 */
public interface Feature {
    /**
     * Builds its services now. Called off the FX thread when the folder opens for the window, because
     * building them may read the database (the roster checks its name keys) and pages ask for them on the
     * FX thread.
     */
    default void prepare() {
    }

    /**
     * Its pages, in navigation order, each with the id, title and icon the navigation shows; the shell builds a page
     * (with the window's text, tasks and dialogs) only when it is opened.
     */
    default List<NavigationEntry> pages() {
        return List.of();
    }

    /** Its command-line commands, in the order help lists them. */
    default List<Command> commands() {
        return List.of();
    }

    /**
     * The documents it fills from its records: the Văn bản page offers them with a chooser of the record,
     * {@code docs render} renders them and {@code docs check} runs their consistency checks.
     */
    default List<FormSource> forms() {
        return List.of();
    }

    /** How it fills an empty data folder with fictional records for {@code demo}. */
    default Optional<SampleStep> sampleData() {
        return Optional.empty();
    }

    /** Tables whose row counts the overview shows as cards (labelled "overview.table.NAME"), the most telling first. */
    default List<String> overviewTables() {
        return List.of();
    }

    /** Lists of what needs attention now, shown on the overview under the cards. */
    default List<Watch> watches() {
        return List.of();
    }

    /** Its figures for {@code bench}, run on a freshly filled data folder. */
    default List<Measurement> measurements() {
        return List.of();
    }
}
