package vn.tdkt.org;

import java.io.ByteArrayOutputStream;
import java.text.Collator;
import vn.tdkt.core.VietnameseNames;

/**
 * Turns a full name into bytes whose plain byte order is the Vietnamese name order (given name,
 * middle, family, each by the Vietnamese collator), so the database sorts the roster on an index.
 */
final class NameSortKeys {
    private final Collator collator = VietnameseNames.collator();

    synchronized byte[] of(String fullName) {
        VietnameseNames.Parts parts = VietnameseNames.Parts.of(fullName);
        ByteArrayOutputStream key = new ByteArrayOutputStream(64);
        for (String part : new String[] {parts.given(), parts.middle(), parts.family(), parts.whole()}) {
            key.writeBytes(collator.getCollationKey(part).toByteArray());
            // A zero pair ends each part, below any collation element, so a shorter part sorts first.
            key.write(0);
            key.write(0);
        }
        return key.toByteArray();
    }
}
