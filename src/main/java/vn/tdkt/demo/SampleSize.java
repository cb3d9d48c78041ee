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

    /** The most people the sample tree holds as one regiment; above it the tree is a division of regiments. */
    public static final int LARGEST_REGIMENT = 2_000;

    /** Whether the sample tree's root is a division (Sư đoàn 399) rather than a regiment (Trung đoàn 19). */
    public boolean division() {
        return people > LARGEST_REGIMENT;
    }

    public static Optional<SampleSize> parse(String text) {
        try {
            return Optional.of(valueOf(text.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
