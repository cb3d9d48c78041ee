package vn.tdkt.overview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.AppContext;

/** What the data folder holds, for the overview page. */
public final class OverviewService {
    private final AppContext app;

    public OverviewService(AppContext app) {
        this.app = app;
    }

    /** The facts at one moment. */
    public record Figures(String unitName, Path databaseFile, long databaseBytes, String schemaVersion,
                          String installationId, String fingerprint, Optional<Instant> lastBackup,
                          Map<String, Long> rowsByTable) {
    }

    public Figures figures() {
        Path file = app.database().file();
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = -1;
        }
        return new Figures(app.settings().letterhead().unitName(), file, bytes, app.database().schemaVersion(),
                app.installation().id(), app.installation().fingerprint(), app.backups().lastBackupTime(),
                app.database().tableCounts());
    }
}
