package vn.tdkt.exchange;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import vn.tdkt.core.AppException;

/**
 * The password envelope around a package (ADR 0014): AES-256-GCM over 1 MiB segments, the key from
 * the password by PBKDF2-HMAC-SHA256. Each segment's nonce carries its number and whether it is the
 * last, so a reordered, cut or extended file fails authentication; a password check value in the
 * header tells a wrong password apart from a damaged file.
 */
final class PackageCrypto {
    static final byte[] MAGIC = "TDKTENC1".getBytes(StandardCharsets.US_ASCII);
    static final int ITERATIONS = 600_000;
    private static final int MIN_ITERATIONS = 100_000;
    private static final int MAX_ITERATIONS = 10_000_000;
    private static final int SEGMENT = 1 << 20;
    private static final int TAG_BYTES = 16;
    private static final int SALT_BYTES = 16;
    private static final int PREFIX_BYTES = 7;
    private static final int CHECK_BYTES = 16;
    private static final int KDF_PBKDF2_SHA256 = 1;
    /** magic, KDF id, iterations, salt, segment size, nonce prefix, password check. */
    static final int HEADER_BYTES = MAGIC.length + 1 + 4 + SALT_BYTES + 4 + PREFIX_BYTES + CHECK_BYTES;

    private final SecureRandom random = new SecureRandom();
    private final int iterations;

    PackageCrypto() {
        this(ITERATIONS);
    }

    PackageCrypto(int iterations) {
        this.iterations = iterations;
    }

    /** True when the file starts with the envelope's magic bytes. */
    static boolean isEncrypted(byte[] start) {
        return start.length >= MAGIC.length && Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /**
     * A stream that encrypts what is written to it into {@code out}; closing it writes the last
     * segment and closes {@code out}. One segment is held back so the last one can be marked.
     */
    OutputStream encrypting(OutputStream out, char[] password) throws IOException {
        byte[] salt = randomBytes(SALT_BYTES);
        byte[] prefix = randomBytes(PREFIX_BYTES);
        Keys keys = Keys.derive(password, salt, iterations);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES);
        header.put(MAGIC).put((byte) KDF_PBKDF2_SHA256).putInt(iterations).put(salt).putInt(SEGMENT).put(prefix).put(keys.check());
        byte[] aad = header.array();
        out.write(aad);
        return new OutputStream() {
            private final byte[] buffer = new byte[SEGMENT];
            private int filled;
            private int index;
            private boolean closed;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) throws IOException {
                while (length > 0) {
                    if (filled == SEGMENT) {
                        // More follows, so the full segment is not the last one.
                        out.write(keys.seal(buffer, 0, filled, nonce(prefix, index++, false), aad));
                        filled = 0;
                    }
                    int n = Math.min(length, SEGMENT - filled);
                    System.arraycopy(bytes, offset, buffer, filled, n);
                    filled += n;
                    offset += n;
                    length -= n;
                }
            }

            @Override
            public void close() throws IOException {
                if (!closed) {
                    closed = true;
                    out.write(keys.seal(buffer, 0, filled, nonce(prefix, index, true), aad));
                    out.close();
                }
            }
        };
    }

    /** Decrypts the envelope into {@code out}; wrong password and damage give different messages. */
    void decrypt(InputStream in, OutputStream out, char[] password) throws IOException {
        DataInputStream data = new DataInputStream(in);
        byte[] aad = new byte[HEADER_BYTES];
        try {
            data.readFully(aad);
        } catch (EOFException e) {
            throw new AppException(e, "exchange.error.truncated");
        }
        ByteBuffer header = ByteBuffer.wrap(aad);
        header.position(MAGIC.length);
        int kdf = header.get();
        int rounds = header.getInt();
        byte[] salt = new byte[SALT_BYTES];
        header.get(salt);
        int segment = header.getInt();
        byte[] prefix = new byte[PREFIX_BYTES];
        header.get(prefix);
        byte[] check = new byte[CHECK_BYTES];
        header.get(check);
        if (kdf != KDF_PBKDF2_SHA256 || rounds < MIN_ITERATIONS || rounds > MAX_ITERATIONS || segment <= 0 || segment > 64 * SEGMENT) {
            throw new AppException("exchange.error.envelope");
        }
        if (password == null || password.length == 0) {
            throw new AppException("exchange.error.passwordNeeded");
        }
        Keys keys = Keys.derive(password, salt, rounds);
        if (!MessageDigest.isEqual(keys.check(), check)) {
            throw new AppException("exchange.error.wrongPassword");
        }
        byte[] current = data.readNBytes(segment + TAG_BYTES);
        int index = 0;
        while (true) {
            byte[] next = current.length < segment + TAG_BYTES ? new byte[0] : data.readNBytes(segment + TAG_BYTES);
            boolean last = next.length == 0;
            out.write(keys.open(current, nonce(prefix, index, last), aad));
            if (last) {
                return;
            }
            current = next;
            index++;
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] nonce(byte[] prefix, int index, boolean last) {
        return ByteBuffer.allocate(12).put(prefix).putInt(index).put((byte) (last ? 1 : 0)).array();
    }

    /** The AES key and the password check value, both from one PBKDF2 derivation. */
    private record Keys(SecretKeySpec aes, byte[] check) {
        static Keys derive(char[] password, byte[] salt, int iterations) {
            try {
                PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
                byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
                spec.clearPassword();
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                byte[] check = Arrays.copyOf(mac.doFinal("tdkt-password-check".getBytes(StandardCharsets.US_ASCII)), CHECK_BYTES);
                return new Keys(new SecretKeySpec(key, "AES"), check);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The JDK lacks PBKDF2 or HMAC-SHA256", e);
            }
        }

        byte[] seal(byte[] plain, int offset, int length, byte[] nonce, byte[] aad) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(TAG_BYTES * 8, nonce));
                cipher.updateAAD(aad);
                return cipher.doFinal(plain, offset, length);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is unavailable", e);
            }
        }

        byte[] open(byte[] sealed, byte[] nonce, byte[] aad) {
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, aes, new GCMParameterSpec(TAG_BYTES * 8, nonce));
                cipher.updateAAD(aad);
                return cipher.doFinal(sealed);
            } catch (AEADBadTagException e) {
                throw new AppException(e, "exchange.error.envelopeDamaged");
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES-GCM is unavailable", e);
            }
        }
    }
}
