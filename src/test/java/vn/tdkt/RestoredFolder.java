package vn.tdkt;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import vn.tdkt.db.DataFolder;

/** A data folder opened after putting a backup in place of its data file, as {@code restore} does. */
public final class RestoredFolder {
    private RestoredFolder() {
    }

    public static AppContext open(DataFolder folder, Path backup, Clock clock, Optional<char[]> password) {
        AppContext context = AppContext.at(folder, clock);
        context.kernel().openRestoring(backup, password);
        return context;
    }

    public static AppContext open(DataFolder folder, Path backup, Clock clock) {
        return open(folder, backup, clock, Optional.empty());
    }
}
