package vn.tdkt.org;

import java.util.Optional;
import vn.tdkt.core.VietnameseText;

/** Giới tính as rosters write it. */
public enum Gender {
    MALE, FEMALE;

    public String messageKey() {
        return "roster.gender." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Reads "Nam", "nữ", "NU", "male", "F"…; empty when the text is none of them. */
    public static Optional<Gender> parse(String text) {
        return switch (VietnameseText.fold(text)) {
            case "nam", "male", "m", "trai" -> Optional.of(MALE);
            case "nu", "female", "f", "gai" -> Optional.of(FEMALE);
            default -> Optional.empty();
        };
    }
}
