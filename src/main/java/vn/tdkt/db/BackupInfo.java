package vn.tdkt.db;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;

/**
 * What {@code restore --list} shows of one backup: when, how big, whether it is sound, its schema
 * version and how many rows each table holds (empty for a damaged or encrypted file).
 */
public record BackupInfo(Path file, Instant madeAt, long sizeBytes, boolean sound, boolean encrypted, String schemaVersion,
                         Map<String, Long> rows) {
    public BackupInfo {
        rows = Map.copyOf(rows);
    }
}
