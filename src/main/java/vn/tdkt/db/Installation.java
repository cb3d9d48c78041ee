package vn.tdkt.db;

import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.HexFormat;

/**
 * This copy of the app: its UUID and the Ed25519 key pair that signs what it exports, so the
 * echelon above can tell whose records a USB package carries.
 */
public record Installation(String id, Instant createdAt, byte[] publicKey, byte[] privateKey) {
    public PublicKey publicKeyObject() {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKey));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Stored public key is unreadable", e);
        }
    }

    public PrivateKey privateKeyObject() {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(privateKey));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("Stored private key is unreadable", e);
        }
    }

    /** A short fingerprint of the public key for people to compare by eye. */
    public String fingerprint() {
        return fingerprintOf(publicKey);
    }

    /** The same fingerprint for any Ed25519 public key (X.509 encoded), e.g. a sender's, read from a package. */
    public static String fingerprintOf(byte[] publicKey) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(publicKey);
            return HexFormat.ofDelimiter(":").formatHex(digest, 0, 8).toUpperCase(java.util.Locale.ROOT);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
