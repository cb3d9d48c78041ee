package vn.tdkt.plan;

import java.util.Arrays;
import java.util.List;
import vn.tdkt.core.VietnameseText;

/** Multi-line texts of the plan (goals, commitments): kept as typed, read back one item a line. */
public final class PlanText {
    private PlanText() {
    }

    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(VietnameseText.nfc(text).split("\\R")).map(VietnameseText::clean).filter(s -> !s.isEmpty()).toList();
    }

    /** NFC, trailing blanks trimmed, line breaks kept; empty as null. */
    static String block(String text) {
        String clean = text == null ? null : String.join("\n", lines(text));
        return clean == null || clean.isEmpty() ? null : clean;
    }
}
