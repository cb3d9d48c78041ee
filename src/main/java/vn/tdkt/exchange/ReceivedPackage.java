package vn.tdkt.exchange;

import java.time.Instant;
import java.util.Map;

/** A package this installation imported: where it came from, what it held, and whether a newer one replaced it. */
public record ReceivedPackage(String id, String kind, String subject, String sourceInstallation, String unitCode,
                              String unitName, long sequence, Instant createdAt, Instant importedAt, String fingerprint,
                              String status, Map<String, Integer> summary) {
    public boolean current() {
        return ExchangeRepository.CURRENT.equals(status);
    }
}
