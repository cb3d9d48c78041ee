package vn.tdkt.soak;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real child JVMs running the app's own commands (roster import, restore, backup, demo), killed with
 * SIGKILL at random moments while they write; after each kill the folder must open, be sound, and hold
 * the data all before or all after the work. {@code -Dtdkt.crash.kills=N} sets the kills per kind;
 * {@code tdkt soak --kills N} runs many more.
 */
class CrashTest {
    private static final int KILLS = Integer.getInteger("tdkt.crash.kills", 3);

    @TempDir
    Path dir;

    @Test
    void killedMidWayTheDataIsAllBeforeOrAllAfter() {
        SoftAssertions softly = new SoftAssertions();
        CrashSoak soak = new CrashSoak(dir, 7919L);
        int killed = 0;
        for (CrashSoak.Kind kind : CrashSoak.Kind.values()) {
            CrashSoak.Counts counts = soak.run(kind, KILLS);
            assertThat(counts.kills()).isEqualTo(KILLS);
            killed += counts.kills() - counts.finished();
            softly.assertThat(counts.clean()).as(kind + ": " + counts).isTrue();
        }
        // A loaded machine may finish a run before its kill; across the kinds most must really be killed.
        softly.assertThat(killed).as("runs really killed before the end").isGreaterThan(KILLS * CrashSoak.Kind.values().length / 2);
        softly.assertAll();
    }
}
