package vn.tdkt.award.certificate;

/**
 * How far a printer's output lands from where it should, in mm (right and down positive), read off the
 * calibration page; every field is moved by it.
 */
public record PrinterOffset(String printer, double xMm, double yMm) {
    public static PrinterOffset none() {
        return new PrinterOffset("", 0, 0);
    }
}
