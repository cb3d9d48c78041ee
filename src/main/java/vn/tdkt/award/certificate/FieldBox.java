package vn.tdkt.award.certificate;

import vn.tdkt.core.AppException;
import vn.tdkt.core.MessageKey;
import vn.tdkt.doc.Align;

/**
 * Where one field prints: a box in millimetres from the sheet's top-left corner, its font and the smallest size
 * long text may shrink to before it wraps.
 */
public record FieldBox(CertificateField field, double xMm, double yMm, double widthMm, double heightMm, double fontSize,
                       double minFontSize, boolean bold, boolean italic, Align align) {
    public FieldBox {
        if (!(widthMm > 0) || !(heightMm > 0) || !(minFontSize > 0) || minFontSize > fontSize) {
            throw new AppException("certificate.error.badBox", new MessageKey(field.labelKey()));
        }
        if (align == Align.JUSTIFY) {
            throw new IllegalArgumentException("A certificate line is left, centred or right aligned");
        }
    }

    /** The same box moved to a new top-left corner. */
    public FieldBox movedTo(double x, double y) {
        return new FieldBox(field, x, y, widthMm, heightMm, fontSize, minFontSize, bold, italic, align);
    }
}
