package vn.tdkt.demo;

import java.util.Locale;
import java.util.Optional;

/** How much sample data: a few companies to try things, a regiment (~600 people), a division (~10,000), a large set (~30,000) for stress. */
public enum SampleSize {
    SMALL(60), REGIMENT(600), DIVISION(10_000), LARGE(30_000);

    private final int people;

    SampleSize(int people) {
        this.people = people;
    }

    public int people() {
        return people;
    }

    public static Optional<SampleSize> parse(String text) {
        try {
            return Optional.of(valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
