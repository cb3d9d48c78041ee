package vn.tdkt.core;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the machine's time zone, the zone looked up on first use. Finding it makes java.time scan every
 * jar on the class path for time-zone providers (≈60 ms of the main thread at start, before the toolkit could start);
 * the app's first use of the zone is on the thread that opens the data folder.
 */
public final class LocalClock extends Clock {
    private final Lazy<ZoneId> zone = Lazy.of(ZoneId::systemDefault);

    @Override
    public ZoneId getZone() {
        return zone.get();
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
