package vn.tdkt.core;

import java.text.Normalizer;

/**
 * One spelling of each tone: Vietnamese writes the tone of an open "oa", "oe" or "uy" either on the
 * first vowel ("hòa", "Thủy", "Thiếu úy", as the seeded lists and official texts do) or on the second
 * ("hoà", "Thuỷ", "Thiếu uý"). Both are common in real files, so every text that is stored, compared or
 * offered is brought to the first form; otherwise "Thiếu uý" becomes a second rank and a filter finds nobody.
 * Closed syllables ("hoàng", "khuyến") and "qu" ("quý", "quà") are written one way already and stay.
 */
public final class VietnameseTones {
    private VietnameseTones() {
    }

    /** The text, NFC, with the tone of every open oa / oe / uy on its first vowel. */
    public static String canonical(String text) {
        if (text == null) {
            return null;
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        if (!hasToneMark(decomposed)) {
            return VietnameseText.nfc(text);
        }
        StringBuilder out = new StringBuilder(decomposed.length());
        int i = 0;
        while (i < decomposed.length()) {
            int end = i;
            while (end < decomposed.length() && (Character.isLetter(decomposed.charAt(end)) || isMark(decomposed.charAt(end)))) {
                end++;
            }
            if (end == i) {
                out.append(decomposed.charAt(i++));
            } else {
                out.append(syllable(decomposed.substring(i, end)));
                i = end;
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }

    /**
     * The text as compared for "the same": cleaned, tones placed canonically, lower case; marks kept,
     * so "Thiếu uý" and "thiếu úy" are the same rank while "Hưng" and "Hùng" stay two names.
     */
    public static String key(String text) {
        String clean = VietnameseText.clean(text);
        return clean == null ? "" : canonical(clean).toLowerCase(java.util.Locale.ROOT);
    }

    /** One word in NFD: the tone moved from the second to the first vowel of a final open oa / oe / uy. */
    private static String syllable(String word) {
        StringBuilder letters = new StringBuilder();
        int[] letterAt = new int[word.length()];
        char tone = 0;
        int toneLetter = -1;
        boolean[] modified = new boolean[word.length()];
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (isTone(c)) {
                tone = c;
                toneLetter = letters.length() - 1;
            } else if (isMark(c)) {
                if (letters.length() > 0) {
                    modified[letters.length() - 1] = true;
                }
            } else {
                letterAt[letters.length()] = i;
                letters.append(c);
            }
        }
        int n = letters.length();
        if (tone == 0 || n < 2 || toneLetter != n - 1 || modified[n - 1] || modified[n - 2]) {
            return word;
        }
        String pair = (String.valueOf(Character.toLowerCase(letters.charAt(n - 2))) + Character.toLowerCase(letters.charAt(n - 1)));
        boolean afterQ = n >= 3 && Character.toLowerCase(letters.charAt(n - 3)) == 'q';
        boolean afterVowel = n >= 3 && isVowel(Character.toLowerCase(letters.charAt(n - 3)));
        boolean open = pair.equals("oa") || pair.equals("oe") || pair.equals("uy") && !afterQ;
        if (!open || afterVowel) {
            return word;
        }
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != tone) {
                out.append(c);
            }
            if (i == letterAt[n - 2]) {
                out.append(tone);
            }
        }
        return out.toString();
    }

    private static boolean hasToneMark(String decomposed) {
        for (int i = 0; i < decomposed.length(); i++) {
            if (isTone(decomposed.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Grave, acute, tilde, hook above, dot below: the five tones (NFD combining marks). */
    private static boolean isTone(char c) {
        return c == '\u0300' || c == '\u0301' || c == '\u0303' || c == '\u0309' || c == '\u0323';
    }

    private static boolean isMark(char c) {
        return Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
