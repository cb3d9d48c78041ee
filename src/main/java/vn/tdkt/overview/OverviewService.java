package vn.tdkt.overview;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.db.BackupFile;
import vn.tdkt.core.Messages;
import vn.tdkt.db.Kernel;
import vn.tdkt.frame.Watch;
import vn.tdkt.settings.SettingsService;

/** What the data folder holds, for the overview page. */
public final class OverviewService {
    /** The app's own bookkeeping, shown after the unit's records. */
    private static final List<String> BOOKKEEPING = List.of("audit_log", "backup_log");

    private final Kernel kernel;
    private final SettingsService settings;
    private final List<String> tables;
    private final List<Watch> watches;

    /** {@code tables}: the features' tables to count, in the order their cards are shown; {@code watches}: their attention lists. */
    public OverviewService(Kernel kernel, SettingsService settings, List<String> tables, List<Watch> watches) {
        this.kernel = kernel;
        this.settings = settings;
        this.tables = List.copyOf(tables);
        this.watches = List.copyOf(watches);
    }

    /** One attention list as shown: its heading and its lines. */
    public record Attention(String title, List<String> items) {
    }

    /** The facts at one moment; {@code rowsByTable} in card order. */
    public record Figures(String unitName, Path databaseFile, long databaseBytes, String schemaVersion,
                          String installationId, String fingerprint, Optional<Instant> lastBackup,
                          Map<String, Long> rowsByTable, List<Attention> attention) {
    }

    /** A verified copy of the data at {@code target} (a USB stick), sealed when a password is given; returns its size. */
    public long backUpTo(Path target, Optional<char[]> password) throws IOException {
        BackupFile.write(kernel.database(), target, password);
        return Files.size(target);
    }

    /** {@code messages}: the user's language, for the attention lists. */
    public Figures figures(Messages messages) {
        Path file = kernel.database().file();
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = -1;
        }
        Map<String, Long> all = kernel.database().tableCounts();
        Map<String, Long> shown = new LinkedHashMap<>();
        for (String table : java.util.stream.Stream.concat(tables.stream(), BOOKKEEPING.stream()).toList()) {
            if (all.containsKey(table)) {
                shown.put(table, all.get(table));
            }
        }
        return new Figures(settings.letterhead().unitName(), file, bytes, kernel.database().schemaVersion(),
                kernel.installation().id(), kernel.installation().fingerprint(), kernel.backups().lastBackupTime(), shown,
                watches.stream().map(w -> new Attention(messages.get(w.titleKey()), w.items(messages))).toList());
    }
}
