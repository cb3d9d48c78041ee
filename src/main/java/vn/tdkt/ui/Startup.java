package vn.tdkt.ui;

import java.nio.file.Path;
import java.util.List;
import vn.tdkt.db.DataFolder;

/** How the app opens its data folder; the root supplies it, so the shell knows no feature. */
public interface Startup {
    DataFolder folder();

    /**
     * The navigation, declared by the features without opening anything: the window shows it while the folder
     * opens.
     */
    List<NavigationEntry> pages();

    /** Takes the folder's instance lock; an AppException when another start holds it. */
    void lock();

    /** Opens the folder (and fills it with sample data when asked for on an empty one); may throw AppException. */
    Workspace open();

    /** Puts the backup in place of the damaged data file, then opens the folder. */
    Workspace restoreAndOpen(Path backup);
}
