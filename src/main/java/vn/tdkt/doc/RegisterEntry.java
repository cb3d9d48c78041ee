package vn.tdkt.doc;

import java.time.LocalDate;

/** One line of the sổ văn bản. {@code sequence} is empty for a typed number that does not follow the usual form. */
public record RegisterEntry(int id, DocumentType type, int year, Integer sequence, String number, LocalDate issuedOn, String subject) {
}
