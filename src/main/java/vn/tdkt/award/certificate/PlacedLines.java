package vn.tdkt.award.certificate;

/**
 * Where the fitted lines of a box land on the sheet, in points from the sheet's top-left corner: each line aligned
 * in the box's width, the block centred in its height, all moved by the printer's offset. The PDF and the tests
 * that read positions back both use it.
 */
record PlacedLines(FieldBox box, TextFit.Fitted fitted, PrinterOffset offset) {
    static PlacedLines of(FieldBox box, TextFit.Fitted fitted, PrinterOffset offset) {
        return new PlacedLines(box, fitted, offset);
    }

    /** Left end of line {@code i}. */
    double x(int i) {
        double left = (box.xMm() + offset.xMm()) * TextFit.POINTS_PER_MM;
        double free = box.widthMm() * TextFit.POINTS_PER_MM - fitted.widths().get(i);
        return switch (box.align()) {
            case CENTER -> left + free / 2;
            case RIGHT -> left + free;
            default -> left;
        };
    }

    /** Baseline of line {@code i}, measured down from the sheet's top. */
    double baseline(int i) {
        double top = (box.yMm() + offset.yMm()) * TextFit.POINTS_PER_MM + (box.heightMm() * TextFit.POINTS_PER_MM - fitted.height()) / 2;
        return top + fitted.size() * (TextFit.ASCENT + i * TextFit.LEADING);
    }
}
