package vn.tdkt.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstallationAndAuditTest {
    @TempDir
    Path dir;

    @Test
    void installationIsCreatedOnceAndItsKeysSign() throws Exception {
        Path file = dir.resolve("tdkt.db");
        Installation first;
        try (Database db = Database.open(file)) {
            first = new InstallationStore(db, Clock.systemUTC()).ensure();
        }
        try (Database db = Database.open(file)) {
            Installation again = new InstallationStore(db, Clock.systemUTC()).ensure();
            assertThat(again.id()).isEqualTo(first.id());
            assertThat(again.publicKey()).isEqualTo(first.publicKey());
        }
        byte[] data = "manifest".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(first.privateKeyObject());
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(first.publicKeyObject());
        verifier.update(data);
        assertThat(verifier.verify(signature)).isTrue();
        assertThat(first.fingerprint()).matches("([0-9A-F]{2}:){7}[0-9A-F]{2}");
    }

    @Test
    void auditRecordsRealChangesOnlyAndRollsBackWithTheChange() {
        try (Database db = Database.open(dir.resolve("tdkt.db"))) {
            AuditTrail audit = new AuditTrail(db, Clock.systemUTC(), "trợ lý");
            db.transaction(() -> {
                audit.changed("score", "u1", "total", 85, 90);
                audit.changed("score", "u1", "rank", 2, 2);
            });
            try {
                db.transaction(() -> {
                    audit.changed("score", "u1", "total", 90, 95);
                    throw new IllegalStateException("rolled back");
                });
            } catch (RuntimeException expected) {
                // The change failed, so its audit line must not survive either.
            }
            assertThat(audit.history("score", "u1"))
                    .singleElement()
                    .satisfies(e -> {
                        assertThat(e.field()).isEqualTo("total");
                        assertThat(e.oldValue()).isEqualTo("85");
                        assertThat(e.newValue()).isEqualTo("90");
                        assertThat(e.actor()).isEqualTo("trợ lý");
                    });
        }
    }
}
