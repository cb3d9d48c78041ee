package vn.tdkt.doc;

import vn.tdkt.core.VietnameseText;

/**
 * A signer: the TM./KT./Q. line (may be empty), the title, a note such as "(Ký, đóng dấu)" (may be empty),
 * room for the signature and seal, then rank and name.
 */
public record Signature(String authority, String title, String note, String name) {
    /** The room left for the signature and the seal. */
    public static final float SIGNING_SPACE_PT = 70;
    /** The "(Ký, đóng dấu)" note, a size below the title. */
    public static final float NOTE_SIZE = 13;

    public Signature {
        authority = clean(authority);
        title = clean(title);
        note = clean(note);
        name = clean(name);
    }

    /** The TM./KT./Q. line in capitals, as the decree writes it. */
    public String authorityLine() {
        return authority.toUpperCase(java.util.Locale.ROOT);
    }

    public String titleLine() {
        return title.toUpperCase(java.util.Locale.ROOT);
    }

    private static String clean(String value) {
        String cleaned = VietnameseText.clean(value);
        return cleaned == null ? "" : cleaned;
    }
}
