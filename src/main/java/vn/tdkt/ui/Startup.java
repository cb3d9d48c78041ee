package vn.tdkt.ui;

import java.nio.file.Path;
import vn.tdkt.db.DataFolder;

/** How the app opens its data folder; the root supplies it, so the shell knows no feature. */
public interface Startup {
    DataFolder folder();

    /** Opens the folder (and fills it with sample data when asked for on an empty one); may throw AppException. */
    Workspace open();

    /** Puts the backup in place of the damaged data file, then opens the folder. */
    Workspace restoreAndOpen(Path backup);
}
