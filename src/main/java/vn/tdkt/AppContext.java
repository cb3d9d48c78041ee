package vn.tdkt;

import java.time.Clock;
import vn.tdkt.core.Messages;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Backups;
import vn.tdkt.db.DataFolder;
import vn.tdkt.db.Database;
import vn.tdkt.db.InstallationStore;
import vn.tdkt.db.Installation;
import vn.tdkt.db.InstanceLock;
import vn.tdkt.org.ChoiceRepository;
import vn.tdkt.org.ColumnMemoryRepository;
import vn.tdkt.org.PersonRepository;
import vn.tdkt.org.RosterIndex;
import vn.tdkt.org.RosterImporter;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.UnitRepository;
import vn.tdkt.org.UnitService;
import vn.tdkt.doc.DocumentRegister;
import vn.tdkt.doc.DocumentRegisterRepository;
import vn.tdkt.settings.SettingsRepository;
import vn.tdkt.settings.SettingsService;

/**
 * Builds the database, repositories and services once, by constructor, for one data folder.
 * The app and every command share it; nothing else creates services.
 */
public final class AppContext implements AutoCloseable {
    private static final int BACKUPS_KEPT = 10;

    private final DataFolder folder;
    private final InstanceLock lock;
    private final Database database;
    private final Clock clock;
    private final AuditTrail audit;
    private final Installation installation;
    private final Backups backups;
    private final SettingsService settings;
    private final UnitService units;
    private final RosterService roster;
    private final RosterImporter rosterImporter;
    private final DocumentRegister documents;

    private AppContext(DataFolder folder, InstanceLock lock, Database database, Clock clock) {
        this.folder = folder;
        this.lock = lock;
        this.database = database;
        this.clock = clock;
        this.audit = new AuditTrail(database, clock, System.getProperty("user.name", "tdkt"));
        this.installation = new InstallationStore(database, clock).ensure();
        this.backups = new Backups(database, folder.backups(), clock, BACKUPS_KEPT);
        this.settings = new SettingsService(database, new SettingsRepository(database), audit);
        this.units = new UnitService(database, new UnitRepository(database), audit);
        PersonRepository people = new PersonRepository(database);
        ChoiceRepository choices = new ChoiceRepository(database);
        new RosterIndex(database, people, choices).ensureCurrent();
        this.roster = new RosterService(database, people, choices, units, audit, clock);
        this.rosterImporter = new RosterImporter(database, units, roster, people, new ColumnMemoryRepository(database), audit);
        this.documents = new DocumentRegister(database, new DocumentRegisterRepository(database), settings, audit, clock);
    }

    /** Takes the data folder's instance lock, then opens (creating or migrating) its database. */
    public static AppContext open(DataFolder folder, Clock clock) {
        InstanceLock lock = InstanceLock.acquire(folder);
        try {
            return new AppContext(folder, lock, Database.open(folder.database()), clock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * Puts the backup in place of the data file (keeping the old file beside it), then opens the
     * folder, all under the instance lock so no other start can open the file half-way.
     */
    public static AppContext restoreAndOpen(DataFolder folder, java.nio.file.Path backup, Clock clock) {
        InstanceLock lock = InstanceLock.acquire(folder);
        try {
            vn.tdkt.db.Restore.replaceDatabase(folder, backup, clock);
            return new AppContext(folder, lock, Database.open(folder.database()), clock);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public DataFolder folder() {
        return folder;
    }

    public Database database() {
        return database;
    }

    public Clock clock() {
        return clock;
    }

    public AuditTrail audit() {
        return audit;
    }

    public Installation installation() {
        return installation;
    }

    public Backups backups() {
        return backups;
    }

    public SettingsService settings() {
        return settings;
    }

    public UnitService units() {
        return units;
    }

    public RosterService roster() {
        return roster;
    }

    public RosterImporter rosterImporter() {
        return rosterImporter;
    }

    /** The sổ văn bản: document numbers. */
    public DocumentRegister documents() {
        return documents;
    }

    /** The user's chosen language. */
    public Messages messages() {
        return new Messages(settings.language());
    }

    @Override
    public void close() {
        database.close();
        lock.close();
    }
}
