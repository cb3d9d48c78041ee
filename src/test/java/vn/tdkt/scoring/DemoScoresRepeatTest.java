package vn.tdkt.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;

/**
 * The demo is the same every time for the same size and day: two fresh folders get the same scores, so the
 * scoring report's totals and page breaks do not move between runs (each folder's unit ids are its own).
 */
class DemoScoresRepeatTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));

    @TempDir
    Path dir;

    @Test
    void twoDemosOfTheSameSizeGiveTheSameTotals() {
        Map<String, List<String>> first = demoTotals(dir.resolve("a"));
        Map<String, List<String>> second = demoTotals(dir.resolve("b"));
        assertThat(first).as("every month to May, the first quarter and the year").hasSize(7);
        assertThat(first.values()).allSatisfy(ranking -> assertThat(ranking).hasSizeGreaterThan(1));
        assertThat(second).isEqualTo(first);
    }

    /** Per period, its ranking as "code total (base + bonus − penalty)", by the unit codes the two folders share. */
    private static Map<String, List<String>> demoTotals(Path folder) {
        try (AppContext app = AppContext.open(new DataFolder(folder), CLOCK)) {
            app.sampleData().fill(SampleSize.SMALL, Progress.NONE);
            ScoringService scoring = app.scoring().scoring();
            Map<String, List<String>> totals = new LinkedHashMap<>();
            for (ScoringPeriod period : scoring.periods()) {
                totals.put(period.title(), scoring.ranking(period.id()).stream()
                        .map(s -> s.member().code() + " " + s.totals().total() + " (" + s.totals().base() + " + " + s.totals().bonus()
                                + " − " + s.totals().penalty() + ")")
                        .toList());
            }
            return totals;
        }
    }
}
