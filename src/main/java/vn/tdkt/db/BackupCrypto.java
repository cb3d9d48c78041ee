package vn.tdkt.db;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import vn.tdkt.core.AppException;

/**
 * A backup for a USB stick, sealed with a password (ADR 0007): AES-256-GCM with a key from
 * PBKDF2-HMAC-SHA256. The file is a header (magic, iteration count, salt, nonce), authenticated as
 * associated data, then the ciphertext and tag; a wrong password or any changed byte fails the tag.
 */
public final class BackupCrypto {
    private static final byte[] MAGIC = "TDKTBAK1".getBytes(StandardCharsets.US_ASCII);
    /** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about half a second here, once per backup. */
    static final int ITERATIONS = 600_000;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = MAGIC.length + 4 + SALT_BYTES + NONCE_BYTES;

    private BackupCrypto() {
    }

    /** True when the file starts with our sealed-backup header. */
    public static boolean isEncrypted(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(MAGIC.length), MAGIC);
        } catch (IOException e) {
            return false;
        }
    }

    /** Seals {@code plain} into {@code out}. */
    public static void encrypt(Path plain, OutputStream out, char[] password) throws IOException {
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[SALT_BYTES];
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(salt);
        random.nextBytes(nonce);
        byte[] header = header(ITERATIONS, salt, nonce);
        Cipher cipher = cipher(Cipher.ENCRYPT_MODE, password, ITERATIONS, salt, nonce, header);
        out.write(header);
        try (InputStream in = Files.newInputStream(plain)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                byte[] chunk = cipher.update(buffer, 0, n);
                if (chunk != null) {
                    out.write(chunk);
                }
            }
            out.write(cipher.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }

    /** Opens a sealed backup into {@code plainTarget}; a wrong password or a changed file is refused. */
    public static void decrypt(Path sealed, Path plainTarget, char[] password) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(sealed))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new AppException("backup.error.notSealed", sealed);
            }
            int iterations = in.readInt();
            if (iterations < 100_000 || iterations > 100_000_000) {
                throw new AppException("backup.error.damaged", sealed);
            }
            byte[] salt = in.readNBytes(SALT_BYTES);
            byte[] nonce = in.readNBytes(NONCE_BYTES);
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, password, iterations, salt, nonce, header(iterations, salt, nonce));
            // GCM releases no plaintext before the tag is checked: nothing unverified reaches the disk.
            try (OutputStream out = Files.newOutputStream(plainTarget)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    byte[] chunk = cipher.update(buffer, 0, n);
                    if (chunk != null) {
                        out.write(chunk);
                    }
                }
                out.write(cipher.doFinal());
            }
        } catch (AEADBadTagException wrong) {
            throw new AppException(wrong, "backup.error.password", sealed);
        } catch (java.io.EOFException cut) {
            throw new AppException(cut, "backup.error.damaged", sealed);
        } catch (GeneralSecurityException e) {
            throw new AppException(e, "backup.error.damaged", sealed);
        }
    }

    private static byte[] header(int iterations, byte[] salt, byte[] nonce) {
        return ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putInt(iterations).put(salt).put(nonce).array();
    }

    private static Cipher cipher(int mode, char[] password, int iterations, byte[] salt, byte[] nonce, byte[] header) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            Arrays.fill(key, (byte) 0);
            cipher.updateAAD(header);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 and AES-GCM are part of every JDK", e);
        }
    }
}
