package vn.tdkt.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import vn.tdkt.core.Lazy;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.core.StartTimes;

/**
 * One data folder as every feature sees it: the database, the audit trail, the installation and the
 * backups. The folder is opened (instance lock, integrity check, migrations) on first use, so a command
 * line that is refused touches no file; the app opens it up front with {@link #open()}.
 */
public final class Kernel implements AutoCloseable {
    /** The parts that exist once the folder is open. */
    private record Opened(InstanceLock lock, Database database, AuditTrail audit, Installation installation, Backups backups) {
    }

    private final DataFolder folder;
    private final Clock clock;
    private final Lazy<Opened> opened;
    private volatile Path restoreFrom;
    private volatile Optional<char[]> restorePassword = Optional.empty();
    /** The instance lock taken ahead of the opening by {@link #lock()}, until the opening takes it over. */
    private InstanceLock early;

    private Kernel(DataFolder folder, Clock clock) {
        this.folder = folder;
        this.clock = clock;
        this.opened = Lazy.of(this::openFolder);
    }

    /** The folder, not yet opened. */
    public static Kernel at(DataFolder folder, Clock clock) {
        return new Kernel(folder, clock);
    }

    private Opened openFolder() {
        Database.warmUpInBackground();
        InstanceLock lock = takeLock();
        try {
            // With the lock held nothing else writes here: every temporary file of ours is from a killed write.
            SafeFiles.removeStaleTemporaries(folder.root(), Duration.ZERO);
            SafeFiles.removeStaleTemporaries(folder.backups(), Duration.ZERO);
            if (restoreFrom != null) {
                Restore.replaceDatabase(folder, restoreFrom, clock, restorePassword);
            } else {
                // A data file lost from a folder that held data is refused, never recreated empty.
                folder.refuseLostDatabase();
            }
            Database database = Database.open(folder.database());
            StartTimes.reached("database.opened");
            AuditTrail audit = new AuditTrail(database, clock, System.getProperty("user.name", "tdkt"));
            Installation installation = new InstallationStore(database, clock).ensure();
            if (!Files.exists(folder.installationMarker())) {
                SafeFiles.writeString(folder.installationMarker(), installation.id());
            }
            Opened ready = new Opened(lock, database, audit, installation, new Backups(database, folder.backups(), clock, Retention.STANDARD));
            StartTimes.reached("folder.opened");
            return ready;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Takes the folder's instance lock now, ahead of the rest of the opening, so that the window can show while the
     * file is checked and migrated and a second start is still refused before any window shows.
     */
    public synchronized Kernel lock() {
        if (!opened.isMade() && early == null) {
            early = InstanceLock.acquire(folder);
            StartTimes.reached("folder.locked");
        }
        return this;
    }

    /** The lock for the opening: the one taken ahead, else taken now. */
    private synchronized InstanceLock takeLock() {
        lock();
        InstanceLock taken = early;
        early = null;
        return taken;
    }

    /** Opens now; an error (damaged file, second instance) is thrown here rather than at first use. */
    public Kernel open() {
        opened.get();
        return this;
    }

    /**
     * Puts the backup (decrypted with the password when it is sealed) in place of the data file, keeping
     * the current file beside it, then opens the folder:
     * both under the instance lock, so no other start can open the file half-way.
     */
    public Kernel openRestoring(Path backup, Optional<char[]> password) {
        if (opened.isMade()) {
            throw new IllegalStateException("The data folder is already open");
        }
        restoreFrom = backup;
        restorePassword = password;
        return open();
    }

    public boolean isOpen() {
        return opened.isMade();
    }

    public DataFolder folder() {
        return folder;
    }

    public Clock clock() {
        return clock;
    }

    public Database database() {
        return opened.get().database();
    }

    public AuditTrail audit() {
        return opened.get().audit();
    }

    public Installation installation() {
        return opened.get().installation();
    }

    public Backups backups() {
        return opened.get().backups();
    }

    @Override
    public void close() {
        synchronized (this) {
            if (early != null) {
                early.close();
                early = null;
            }
        }
        if (opened.isMade()) {
            opened.get().database().close();
            opened.get().lock().close();
        }
    }
}
