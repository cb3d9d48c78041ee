package vn.tdkt.exchange;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.Criterion;

/**
 * What makes two criteria sets score alike, whichever installation typed them in: every criterion's code,
 * kind, maximum, comparison and target in sheet order, the caps and the roll-up. Names and wording are left
 * out (a corrected typo does not change a score); the ranking across regiments mixes only equal fingerprints.
 */
final class CriteriaFingerprint {
    private CriteriaFingerprint() {
    }

    static String of(CriteriaSet set) {
        StringBuilder text = new StringBuilder();
        text.append(set.rollUp()).append('|').append(set.bonusCap()).append('|').append(set.penaltyCap()).append('\n');
        for (Criterion c : set.criteria()) {
            text.append(c.code()).append('|').append(c.kind()).append('|').append(c.maxPoints()).append('|')
                    .append(c.comparison()).append('|').append(c.target()).append('\n');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks SHA-256", e);
        }
    }
}
