package vn.tdkt.award.certificate;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.AppException;
import vn.tdkt.core.MessageKey;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.doc.DocumentFonts;

/**
 * Fits a line of text into its box: the largest size, from the field's size down to its floor in half points, at
 * which it stands on one line; failing that, the largest size at which it wraps inside the box's height. Text that
 * fits neither way is refused, never printed across the blank's artwork.
 */
final class TextFit {
    /** Line distance as a multiple of the font size. */
    static final double LEADING = 1.15;
    /** Liberation Serif's ascender, as a share of the size: where the first baseline sits below the block's top. */
    static final double ASCENT = 0.891;
    static final double POINTS_PER_MM = 72 / 25.4;
    private static final double STEP = 0.5;
    private static final double TOLERANCE = 0.01;

    /** The size chosen and the lines at that size, each with its width in points. */
    record Fitted(double size, List<String> lines, List<Double> widths) {
        /** Height of the block of lines in points. */
        double height() {
            return lines.size() * size * LEADING;
        }
    }

    private TextFit() {
    }

    static Fitted fit(String text, FieldBox box) {
        double width = box.widthMm() * POINTS_PER_MM;
        double height = box.heightMm() * POINTS_PER_MM;
        for (double size = box.fontSize(); size >= box.minFontSize() - TOLERANCE; size -= STEP) {
            double measured = width(text, box, size);
            if (measured <= width + TOLERANCE && size * LEADING <= height + TOLERANCE) {
                return new Fitted(size, List.of(text), List.of(measured));
            }
        }
        for (double size = box.fontSize(); size >= box.minFontSize() - TOLERANCE; size -= STEP) {
            List<String> lines = wrap(text, box, size, width);
            if (lines != null && lines.size() * size * LEADING <= height + TOLERANCE) {
                double fittedSize = size;
                return new Fitted(size, lines, lines.stream().map(line -> width(line, box, fittedSize)).toList());
            }
        }
        throw new AppException("certificate.error.tooLong", new MessageKey(box.field().labelKey()), text,
                VietnameseNumbers.decimal(box.minFontSize(), 1));
    }

    /** Greedy wrapping at spaces; null when a single word is wider than the box. */
    private static List<String> wrap(String text, FieldBox box, double size, double width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, box, size) <= width + TOLERANCE) {
                line.setLength(0);
                line.append(candidate);
            } else if (line.isEmpty() || width(word, box, size) > width + TOLERANCE) {
                return null;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    static double width(String text, FieldBox box, double size) {
        return DocumentFonts.width(text, box.bold(), box.italic(), (float) size);
    }
}
