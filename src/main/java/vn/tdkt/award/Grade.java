package vn.tdkt.award;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Phân loại: the yearly classification, best first. */
public enum Grade {
    HTXSNV, HTTNV, HTNV, KHTNV;

    /** True when this grade is the given one or better. */
    public boolean atLeast(Grade other) {
        return ordinal() <= other.ordinal();
    }

    /** The code as typed, in any case and with stray spaces; empty when it is not one of the four. */
    public static Optional<Grade> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String code = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(g -> g.name().equals(code)).findFirst();
    }
}
