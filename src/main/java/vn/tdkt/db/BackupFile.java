package vn.tdkt.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import vn.tdkt.core.SafeFiles;

/**
 * A backup the officer asks for, to a file of their choosing (a USB stick): verified with integrity_check
 * after writing; with a password, sealed by {@link BackupCrypto} and verified by opening it again.
 */
public final class BackupFile {
    private BackupFile() {
    }

    public static void write(Database database, Path target, Optional<char[]> password) {
        if (password.isEmpty()) {
            Backups.writeVerifiedCopy(database, target);
            return;
        }
        // The plain copy stays in the data folder, never on the stick, and is removed either way.
        Path plain = database.file().toAbsolutePath().resolveSibling("." + database.file().getFileName() + ".seal.0.tmp");
        Path check = database.file().toAbsolutePath().resolveSibling("." + database.file().getFileName() + ".check.0.tmp");
        try {
            Backups.writeVerifiedCopy(database, plain);
            SafeFiles.writeFile(target, sealed -> {
                try (var out = Files.newOutputStream(sealed)) {
                    BackupCrypto.encrypt(plain, out, password.get());
                }
                Files.deleteIfExists(check);
                BackupCrypto.decrypt(sealed, check, password.get());
                Database.verifySound(check);
            });
        } finally {
            try {
                Files.deleteIfExists(plain);
                Files.deleteIfExists(check);
            } catch (IOException ignored) {
                // Our temporary names: the next start removes them.
            }
        }
    }
}
