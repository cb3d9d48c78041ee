package vn.tdkt.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.tdkt.core.AppException;

/**
 * {@code manifest-sha256.txt}: one line per entry, "HEX  NAME", the format {@code sha256sum} prints,
 * so {@code sha256sum -c} can check an unpacked package.
 */
final class Checksums {
    private final Map<String, String> byName = new LinkedHashMap<>();

    void put(String name, String hex) {
        byName.put(name, hex);
    }

    Map<String, String> byName() {
        return byName;
    }

    byte[] toBytes() {
        StringBuilder text = new StringBuilder();
        byName.forEach((name, hex) -> text.append(hex).append("  ").append(name).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static Checksums parse(byte[] bytes) {
        Checksums checksums = new Checksums();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            if (!line.matches("[0-9a-f]{64}  .+")) {
                throw new AppException("exchange.error.checksumList", line);
            }
            String name = line.substring(66);
            if (checksums.byName.put(name, line.substring(0, 64)) != null) {
                throw new AppException("exchange.error.duplicateEntry", name);
            }
        }
        return checksums;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks SHA-256", e);
        }
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static String hex(InputStream in) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[1 << 16];
        for (int read; (read = in.read(buffer)) > 0; ) {
            digest.update(buffer, 0, read);
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
