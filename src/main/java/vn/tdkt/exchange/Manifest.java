package vn.tdkt.exchange;

import java.util.Map;

/**
 * {@code manifest.json}: what a package is, who made it and for which unit. {@code format} is
 * "MAJOR.MINOR"; a reader refuses a newer major. {@code sequence} grows with every package the source
 * installation writes, so a receiver can tell a newer package from a replay.
 */
public record Manifest(String format, String packageId, String kind, String subject, String createdAt,
                       Source source, SourceUnit unit, long sequence, boolean personalData,
                       Map<String, Integer> summary) {

    /** The sending installation: its UUID and its Ed25519 public key (X.509, Base64). */
    public record Source(String installationId, String publicKey) {
    }

    /** The unit whose records the package carries. */
    public record SourceUnit(String id, String code, String name) {
    }

    /** The name of the first required field that is missing, or null when none is. */
    String missingField() {
        if (format == null) {
            return "format";
        }
        if (packageId == null) {
            return "packageId";
        }
        if (kind == null) {
            return "kind";
        }
        if (subject == null) {
            return "subject";
        }
        if (createdAt == null) {
            return "createdAt";
        }
        if (source == null || source.installationId() == null || source.publicKey() == null) {
            return "source";
        }
        if (unit == null || unit.code() == null || unit.name() == null) {
            return "unit";
        }
        return summary == null ? "summary" : null;
    }

    int major() {
        int dot = format.indexOf('.');
        try {
            return Integer.parseInt(dot < 0 ? format : format.substring(0, dot));
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }
}
