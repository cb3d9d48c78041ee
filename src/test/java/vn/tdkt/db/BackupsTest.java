package vn.tdkt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.db.jooq.Tables.SETTING;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void backupIsAWorkingCopyAndOldOnesRotateAway() {
        Instant start = Instant.parse("2026-11-23T08:00:00Z");
        try (Database db = Database.open(dir.resolve("tdkt.db"))) {
            db.transaction(() -> db.dsl().insertInto(SETTING).set(SETTING.KEY, "unit").set(SETTING.VALUE, "Trung đoàn 19").execute());
            for (int i = 0; i < 4; i++) {
                Clock clock = Clock.fixed(start.plus(Duration.ofMinutes(i)), ZoneOffset.UTC);
                new Backups(db, dir.resolve("backups"), clock, 3).create();
            }
            Backups backups = new Backups(db, dir.resolve("backups"), Clock.systemUTC(), 3);
            List<Path> files = backups.list();
            assertThat(files).hasSize(3);
            assertThat(backups.lastBackupTime()).contains(start.plus(Duration.ofMinutes(3)));
            try (Database copy = Database.open(files.getFirst())) {
                assertThat(copy.integrityCheck()).isEqualTo("ok");
                assertThat(copy.dsl().select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq("unit")).fetchOne(SETTING.VALUE))
                        .isEqualTo("Trung đoàn 19");
            }
        }
    }

    @Test
    void automaticBackupRunsOnlyWhenTheLastOneIsOld() {
        Instant now = Instant.parse("2026-11-23T08:00:00Z");
        try (Database db = Database.open(dir.resolve("tdkt.db"))) {
            Backups first = new Backups(db, dir.resolve("backups"), Clock.fixed(now, ZoneOffset.UTC), 10);
            assertThat(first.createIfDue(Duration.ofHours(24))).isPresent();
            Backups later = new Backups(db, dir.resolve("backups"), Clock.fixed(now.plus(Duration.ofHours(5)), ZoneOffset.UTC), 10);
            assertThat(later.createIfDue(Duration.ofHours(24))).isEmpty();
            Backups nextDay = new Backups(db, dir.resolve("backups"), Clock.fixed(now.plus(Duration.ofHours(25)), ZoneOffset.UTC), 10);
            assertThat(nextDay.createIfDue(Duration.ofHours(24))).isPresent();
            assertThat(nextDay.list()).hasSize(2);
        }
    }
}
