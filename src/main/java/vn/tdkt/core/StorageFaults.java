package vn.tdkt.core;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns what the disk or SQLite reported into one sentence the officer can act on. SQLite's primary
 * result codes (the low byte of the code the JDBC driver reports) each get their own message key; the
 * details stay in the log.
 */
public final class StorageFaults {
    private StorageFaults() {
    }

    /** The message key for the first storage fault in the cause chain, if there is one. */
    public static Optional<String> messageKey(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                Optional<String> key = sqliteKey(sql.getErrorCode() & 0xFF);
                if (key.isPresent()) {
                    return key;
                }
            }
            if (t instanceof IOException io) {
                Optional<String> key = ioKey(io);
                if (key.isPresent()) {
                    return key;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sqliteKey(int primaryCode) {
        return Optional.ofNullable(switch (primaryCode) {
            case 5, 6 -> "error.storage.busy";
            case 8 -> "error.storage.readOnly";
            case 10 -> "error.storage.io";
            case 11 -> "error.storage.corrupt";
            case 13 -> "error.storage.full";
            case 14 -> "error.storage.cantOpen";
            case 26 -> "error.storage.notADatabase";
            default -> null;
        });
    }

    private static Optional<String> ioKey(IOException io) {
        String reason = io instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : String.valueOf(io.getMessage());
        String lower = reason.toLowerCase(Locale.ROOT);
        if (lower.contains("no space left") || lower.contains("disk full") || lower.contains("not enough space")) {
            return Optional.of("error.storage.full");
        }
        if (lower.contains("read-only file system")) {
            return Optional.of("error.storage.readOnly");
        }
        if (io instanceof AccessDeniedException) {
            return Optional.of("error.storage.denied");
        }
        return Optional.empty();
    }
}
