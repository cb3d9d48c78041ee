package vn.tdkt.core;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese personal names sort by given name (the last word), then the middle names, then the
 * family name (the first word), each compared with a Vietnamese collator (a &lt; ă &lt; â, d &lt; đ, tones after the letter).
 */
public final class VietnameseNames {
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseNames() {
    }

    /** Longest full name taken: "Công Tằng Tôn Nữ Thị Bích Ngọc" has 30 characters. */
    private static final int LONGEST_NAME = 60;
    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{M}]*(?:[ .'’-]+\\p{L}[\\p{L}\\p{M}]*)*\\.?");

    /**
     * Whether the text can be a person's name: letters with their marks, spaces, a few punctuation
     * marks (dot, hyphen, apostrophe), at most eight words and {@value #LONGEST_NAME} characters; no
     * digits, no colon. "Tổng cộng: 44 đồng chí" and "Hà Tĩnh, ngày 01 tháng 11" are not names.
     */
    public static boolean isName(String text) {
        String clean = VietnameseText.clean(text);
        return clean != null && clean.length() <= LONGEST_NAME && clean.split(" ").length <= 8
                && NAME.matcher(clean).matches();
    }

    /** A collator for Vietnamese text; collators are not thread-safe, so each caller gets its own. */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /**
     * Whether this runtime really has the Vietnamese collation: without the locale data module the
     * JDK silently falls back to the root order, which puts "Đức" after "Em" and "Ưng" before "Uyên".
     */
    public static boolean collatorIsVietnamese() {
        Collator c = collator();
        return c.compare("Đức", "Em") < 0 && c.compare("Dũng", "Đức") < 0 && c.compare("Uyên", "Ưng") < 0
                && c.compare("Ưng", "Vân") < 0;
    }

    /** Names the collation rules in force, so keys built under other rules can be recognised and rebuilt. */
    public static String collationVersion() {
        Collator c = collator();
        String rules = c instanceof java.text.RuleBasedCollator rb ? rb.getRules() : c.getClass().getName();
        return Integer.toHexString(rules.hashCode()) + "-" + rules.length();
    }

    /** Orders plain Vietnamese text (unit names, titles) the Vietnamese way. */
    public static Comparator<String> textOrder() {
        Collator collator = collator();
        return (a, b) -> {
            synchronized (collator) {
                return collator.compare(VietnameseText.clean(a), VietnameseText.clean(b));
            }
        };
    }

    /** Orders full names: given name, then middle, then family, then the whole text. */
    public static Comparator<String> nameOrder() {
        Collator collator = collator();
        return (a, b) -> {
            synchronized (collator) {
                return compare(collator, a, b);
            }
        };
    }

    private static int compare(Collator collator, String a, String b) {
        Parts pa = Parts.of(a);
        Parts pb = Parts.of(b);
        int c = collator.compare(pa.given, pb.given);
        if (c == 0) {
            c = collator.compare(pa.middle, pb.middle);
        }
        if (c == 0) {
            c = collator.compare(pa.family, pb.family);
        }
        return c != 0 ? c : collator.compare(pa.whole, pb.whole);
    }

    /** The name split into its Vietnamese parts. */
    public record Parts(String family, String middle, String given, String whole) {
        public static Parts of(String fullName) {
            String whole = VietnameseText.clean(fullName == null ? "" : fullName);
            if (whole.isEmpty()) {
                return new Parts("", "", "", "");
            }
            String[] words = whole.split(" ");
            if (words.length == 1) {
                return new Parts("", "", words[0], whole);
            }
            String middle = String.join(" ", java.util.Arrays.copyOfRange(words, 1, words.length - 1));
            return new Parts(words[0], middle, words[words.length - 1], whole);
        }
    }
}
