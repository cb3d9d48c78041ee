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
    void backupIsAWorkingCopyAndOldOnesThinOutToDaysWeeksAndMonths() {
        Instant start = Instant.parse("2025-10-01T08:00:00Z");
        int days = 400;
        try (Database db = Database.open(dir.resolve("tdkt.db"))) {
            db.transaction(() -> db.dsl().insertInto(SETTING).set(SETTING.KEY, "unit").set(SETTING.VALUE, "Trung đoàn 19").execute());
            // Every tenth day for a year, then daily for the last five weeks, and twice on the last day.
            for (int i = 0; i < days; i += i < days - 35 ? 10 : 1) {
                for (int twice = 0; twice < (i == days - 1 ? 2 : 1); twice++) {
                    Clock clock = Clock.fixed(start.plus(Duration.ofDays(i)).plus(Duration.ofHours(twice * 3)), ZoneOffset.UTC);
                    new Backups(db, dir.resolve("backups"), clock, Retention.STANDARD).create();
                }
            }
            Backups backups = new Backups(db, dir.resolve("backups"), Clock.systemUTC(), Retention.STANDARD);
            List<Path> files = backups.list();
            java.util.List<java.time.LocalDate> kept = files.stream()
                    .map(p -> Backups.describeFile(p).madeAt().atZone(java.time.ZoneId.systemDefault()).toLocalDate()).toList();
            java.time.LocalDate last = kept.getFirst();
            assertThat(kept).as("one a day for the last 7 days").containsSubsequence(
                    last, last.minusDays(1), last.minusDays(2), last.minusDays(3), last.minusDays(4), last.minusDays(5), last.minusDays(6));
            assertThat(kept).doesNotHaveDuplicates().hasSizeBetween(12, 7 + 4 + 12);
            assertThat(kept.stream().map(java.time.YearMonth::from).distinct().count()).as("twelve months back").isEqualTo(12);
            assertThat(kept.getLast()).isAfter(last.minusMonths(12));
            assertThat(backups.lastBackupTime()).contains(start.plus(Duration.ofDays(days - 1)).plus(Duration.ofHours(3)));
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
            Backups first = new Backups(db, dir.resolve("backups"), Clock.fixed(now, ZoneOffset.UTC), Retention.STANDARD);
            assertThat(first.createIfDue(Duration.ofHours(24))).isPresent();
            Backups later = new Backups(db, dir.resolve("backups"), Clock.fixed(now.plus(Duration.ofHours(5)), ZoneOffset.UTC), Retention.STANDARD);
            assertThat(later.createIfDue(Duration.ofHours(24))).isEmpty();
            Backups nextDay = new Backups(db, dir.resolve("backups"), Clock.fixed(now.plus(Duration.ofHours(25)), ZoneOffset.UTC), Retention.STANDARD);
            assertThat(nextDay.createIfDue(Duration.ofHours(24))).isPresent();
            assertThat(nextDay.list()).hasSize(2);
        }
    }
}
