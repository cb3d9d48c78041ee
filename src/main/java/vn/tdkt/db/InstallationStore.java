package vn.tdkt.db;

import static vn.tdkt.db.jooq.Tables.INSTALLATION;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import vn.tdkt.core.Ids;
import vn.tdkt.db.jooq.tables.records.InstallationRecord;

/** Reads the installation identity, creating it (UUID + Ed25519 key pair) on first start. */
public final class InstallationStore {
    private final Database database;
    private final Clock clock;

    public InstallationStore(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Installation ensure() {
        return database.transactionResult(() -> {
            InstallationRecord existing = database.dsl().selectFrom(INSTALLATION).fetchOne();
            if (existing != null) {
                return toInstallation(existing);
            }
            KeyPair keys = newKeyPair();
            InstallationRecord created = database.dsl().newRecord(INSTALLATION);
            created.setId(Ids.newId());
            created.setCreatedAt(clock.instant());
            created.setPublicKey(keys.getPublic().getEncoded());
            created.setPrivateKey(keys.getPrivate().getEncoded());
            created.store();
            return toInstallation(created);
        });
    }

    private static KeyPair newKeyPair() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks Ed25519", e);
        }
    }

    private static Installation toInstallation(InstallationRecord r) {
        return new Installation(r.getId(), r.getCreatedAt(), r.getPublicKey(), r.getPrivateKey());
    }
}
