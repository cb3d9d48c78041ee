package vn.tdkt.core;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Vietnamese text at the edges of the system: every string is NFC-normalized on the way in
 * (NFD input draws broken glyphs in PDF fonts), and search compares a folded form that ignores
 * case and diacritics, so "nguyen van hung" finds "Nguyễn Văn Hùng".
 */
public final class VietnameseText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    /** Invisible characters a pasted cell can carry: zero-width spaces, bidi controls, BOMs, soft hyphens, control codes. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}[\\p{Cc}&&[^\\t\\n\\r\\f\\u000B]]]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    private VietnameseText() {
    }

    /**
     * NFC form without invisible format characters, runs of white space (including non-breaking) collapsed
     * and the ends trimmed; null stays null.
     */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        if (alreadyClean(text)) {
            return text;
        }
        return SPACES.matcher(INVISIBLE.matcher(nfc(text)).replaceAll("")).replaceAll(" ").strip();
    }

    /**
     * Whether {@code clean} would return the text unchanged: NFC, single spaces between words and
     * nothing else invisible or spacing. Most cells already are, and an import cleans every field of
     * every row several times, so the regular expressions run only for the others.
     */
    private static boolean alreadyClean(String text) {
        boolean afterSpace = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (c < 0x20 || c >= 0x7F && c <= 0xA0 || Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return (text.isEmpty() || !afterSpace) && Normalizer.isNormalized(text, Normalizer.Form.NFC);
    }

    /** NFC form, leaving white space as it is (for paragraphs). */
    public static String nfc(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** Clean text, or null when nothing is left. */
    public static String cleanOrNull(String text) {
        String cleaned = clean(text);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /** Lower case, no diacritics, đ folded to d, white space collapsed: the key used for search. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("");
        StringBuilder out = new StringBuilder(stripped.length());
        for (int i = 0; i < stripped.length(); i++) {
            char c = stripped.charAt(i);
            out.append(switch (c) {
                case 'đ', 'Đ', 'ð', 'Ð' -> 'd';
                default -> Character.toLowerCase(c);
            });
        }
        return SPACES.matcher(out).replaceAll(" ").strip();
    }

    /** ASCII-only form for file names: "Tờ trình 2026 TrĐ9" → "To-trinh-2026-TrD9" (case kept). */
    public static String fileSafe(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        String stripped = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        String dashed = stripped.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
        return dashed.replaceAll("^-|-$", "");
    }
}
