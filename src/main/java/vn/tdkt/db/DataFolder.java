package vn.tdkt.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.tdkt.core.AppException;
import java.util.Locale;

/** Where one unit's data lives: the database, its backups, the logs and the instance lock. */
public record DataFolder(Path root) {
    public static final String DATABASE_FILE = "tdkt.db";

    public DataFolder {
        root = root.toAbsolutePath().normalize();
    }

    /** %APPDATA%\TDKT on Windows, ~/.local/share/tdkt elsewhere (XDG_DATA_HOME when set). */
    public static DataFolder platformDefault() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = System.getenv("APPDATA");
            Path base = appData != null ? Path.of(appData) : Path.of(System.getProperty("user.home"), "AppData", "Roaming");
            return new DataFolder(base.resolve("TDKT"));
        }
        String xdg = System.getenv("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return new DataFolder(base.resolve("tdkt"));
    }

    public Path database() {
        return root.resolve(DATABASE_FILE);
    }

    public Path backups() {
        return root.resolve("backups");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path lockFile() {
        return root.resolve(".lock");
    }

    /** Written after the first successful start: from then on a missing data file is a loss, not a first start. */
    public Path installationMarker() {
        return root.resolve(".installation");
    }

    /**
     * Refuses to start over a data file that is gone or empty (0 bytes) in a folder that held data (it
     * has backups or the installation marker): a new empty database there would hide the loss.
     */
    public void refuseLostDatabase() {
        Path database = database();
        boolean lost;
        try {
            lost = !Files.exists(database) || Files.size(database) == 0;
        } catch (IOException e) {
            lost = true;
        }
        boolean used = Files.exists(installationMarker()) || !Backups.filesIn(backups()).isEmpty();
        if (lost && used) {
            throw new AppException(Files.exists(database) ? "error.db.empty" : "error.db.lost", database, backups());
        }
    }

    public Path preferences() {
        return root.resolve("window.properties");
    }
}
