package vn.tdkt.exemplar;

import java.time.Instant;
import java.time.LocalDate;

/** A file attached to a model: the bytes live once in the attachment table under their SHA-256. */
public record Evidence(String id, String sha256, String fileName, String mediaType, long sizeBytes, String caption,
                       LocalDate takenOn, Instant addedAt) {
    public boolean pdf() {
        return EvidenceFiles.PDF.equals(mediaType);
    }
}
