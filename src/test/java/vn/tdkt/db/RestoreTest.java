package vn.tdkt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.settings.Letterhead;

class RestoreTest {
    @TempDir
    Path dir;

    private static Letterhead letterhead(String unit) {
        return new Letterhead("Sư đoàn 399", unit, "TrĐ19", "Hà Tĩnh", "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "", "", "");
    }

    @Test
    void aDamagedFileIsReplacedByTheBackupAndKeptBesideIt() throws Exception {
        DataFolder folder = new DataFolder(dir);
        Path backup;
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            app.settings().saveLetterhead(letterhead("Trung đoàn 19"));
            backup = app.backups().create();
        }
        byte[] damaged = "hỏng ".repeat(5000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(folder.database(), damaged);
        assertThatThrownBy(() -> AppContext.open(folder, Clock.systemUTC())).isInstanceOf(AppException.class);

        byte[] backupBytes = Files.readAllBytes(backup);
        try (AppContext app = AppContext.at(folder, Clock.systemUTC())) {
            app.restoreAndOpen(backup);
            assertThat(app.settings().letterhead().unitName()).isEqualTo("Trung đoàn 19");
        }
        assertThat(Files.readAllBytes(backup)).as("checking the backup leaves it as it was").isEqualTo(backupBytes);
        assertThat(Backups.filesIn(folder.backups())).containsExactly(backup);
        try (Stream<Path> beside = Files.list(folder.backups())) {
            assertThat(beside).containsExactly(backup);
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("tdkt-replaced-")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDataFileIsLeftAlone() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            app.settings().saveLetterhead(letterhead("Trung đoàn 19"));
        }
        Path badBackup = Files.writeString(dir.resolve("bad.db"), "không phải SQLite ".repeat(300));
        assertThatThrownBy(() -> {
            try (AppContext app = AppContext.at(folder, Clock.systemUTC())) {
                app.restoreAndOpen(badBackup);
            }
        })
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).messageKey()).isEqualTo("error.db.corrupt"));
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            assertThat(app.settings().letterhead().unitName()).isEqualTo("Trung đoàn 19");
        }
    }

    @Test
    void aRestoreThatRunsOutOfSpaceLeavesTheDataFileInPlace() throws Exception {
        Path small = dir.resolve("small");
        java.util.Optional<vn.tdkt.testing.SmallDisk> disk = vn.tdkt.testing.SmallDisk.mount(small, 4096);
        org.junit.jupiter.api.Assumptions.assumeTrue(disk.isPresent(), "needs root to mount a small tmpfs");
        try (vn.tdkt.testing.SmallDisk mounted = disk.get()) {
            DataFolder folder = new DataFolder(small.resolve("data"));
            try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
                app.settings().saveLetterhead(letterhead("Trung đoàn 19"));
            }
            Path bigBackup = dir.resolve("big.db");
            try (Database db = Database.open(bigBackup)) {
                db.dsl().execute("CREATE TABLE padding (b BLOB)");
                db.dsl().execute("INSERT INTO padding VALUES (randomblob(3000000))");
            }
            mounted.fillLeaving(200_000);
            byte[] before = Files.readAllBytes(folder.database());
            assertThatThrownBy(() -> vn.tdkt.RestoredFolder.open(folder, bigBackup, Clock.systemUTC()))
                    .isInstanceOf(AppException.class)
                    .satisfies(e -> assertThat(vn.tdkt.core.Messages.vietnamese().describe(e)).contains("đầy"));
            assertThat(folder.database()).exists();
            assertThat(Files.readAllBytes(folder.database())).isEqualTo(before);
            Files.delete(small.resolve("filler.bin"));
            try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
                assertThat(app.settings().letterhead().unitName()).isEqualTo("Trung đoàn 19");
            }
        }
    }

    @Test
    void aDamagedNewestBackupFallsBackToTheNewestGoodOne() throws Exception {
        DataFolder folder = new DataFolder(dir);
        java.time.Instant start = java.time.Instant.parse("2026-11-20T08:00:00Z");
        Path good;
        try (AppContext app = AppContext.open(folder, Clock.fixed(start, java.time.ZoneOffset.UTC))) {
            app.settings().saveLetterhead(letterhead("Trung đoàn 19"));
            good = new Backups(app.database(), folder.backups(), Clock.fixed(start, java.time.ZoneOffset.UTC), Retention.STANDARD).create();
            Path newest = new Backups(app.database(), folder.backups(), Clock.fixed(start.plusSeconds(86_400), java.time.ZoneOffset.UTC), Retention.STANDARD).create();
            Files.write(newest, "hỏng ".repeat(5000).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertThat(Backups.newestSound(folder.backups())).contains(good);
        java.util.List<BackupInfo> listed = Backups.describe(folder.backups());
        assertThat(listed).hasSize(2);
        assertThat(listed.getFirst().sound()).isFalse();
        assertThat(listed.get(1).sound()).isTrue();
        assertThat(listed.get(1).schemaVersion()).isNotBlank();
        assertThat(listed.get(1).rows().get("setting")).isPositive();
    }
}
