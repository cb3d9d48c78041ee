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

    /** A collator for Vietnamese text; collators are not thread-safe, so each caller gets its own. */
    public static Collator collator() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
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
