package vn.tdkt.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import vn.tdkt.core.AppException;

/**
 * The {@code signature} entry: Ed25519 over {@code manifest.json}, one zero byte, then
 * {@code manifest-sha256.txt} (JSON never holds a raw zero byte, so the split is unambiguous),
 * stored as Base64 text.
 */
final class PackageSignature {
    private PackageSignature() {
    }

    static byte[] sign(PrivateKey key, byte[] manifest, byte[] checksums) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            update(signer, manifest, checksums);
            return Base64.getEncoder().encode(signer.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    static boolean verify(PublicKey key, byte[] manifest, byte[] checksums, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            update(verifier, manifest, checksums);
            return verifier.verify(Base64.getDecoder().decode(new String(signature, StandardCharsets.US_ASCII).strip()));
        } catch (IllegalArgumentException | java.security.SignatureException e) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is unavailable", e);
        }
    }

    /** Reads the sender's key from the manifest; an unreadable key is a refused package. */
    static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new AppException(e, "exchange.error.badKey");
        }
    }

    private static void update(Signature signature, byte[] manifest, byte[] checksums) throws GeneralSecurityException {
        signature.update(manifest);
        signature.update((byte) 0);
        signature.update(checksums);
    }
}
