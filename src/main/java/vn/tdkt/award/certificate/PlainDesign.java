package vn.tdkt.award.certificate;

import java.util.List;
import vn.tdkt.doc.Align;
import vn.tdkt.doc.PaperSize;

/**
 * The full certificate on plain paper, laid out as domain.md describes: Quốc hiệu and Tiêu ngữ, the authority in red,
 * "TẶNG" or "TẶNG DANH HIỆU", the award's name in red, the recipient with rank, position and unit and the
 * achievement; the decision and gold-book number bottom left, place and date, signer's title, room for signature and
 * seal, and the signer's name bottom right. Drawn for A4 landscape and scaled for A3, framed by a double border.
 */
final class PlainDesign {
    /** The frame's outer and inner lines, in mm from the sheet's edge on A4. */
    static final double OUTER_FRAME_MM = 8;
    static final double INNER_FRAME_MM = 11;

    private static final List<FieldBox> A4 = List.of(
            box(CertificateField.NATIONAL_TITLE, 20, 18, 257, 9, 15, 11, true, false, Align.CENTER),
            box(CertificateField.MOTTO, 20, 26, 257, 9, 14, 11, true, false, Align.CENTER),
            box(CertificateField.AUTHORITY, 20, 40, 257, 11, 18, 12, true, false, Align.CENTER),
            box(CertificateField.GIVES, 20, 54, 257, 9, 16, 12, true, false, Align.CENTER),
            box(CertificateField.AWARD, 20, 64, 257, 16, 30, 16, true, false, Align.CENTER),
            box(CertificateField.NAME, 30, 86, 237, 12, 22, 13, true, false, Align.CENTER),
            box(CertificateField.RANK_POSITION_UNIT, 30, 99, 237, 9, 15, 11, false, false, Align.CENTER),
            box(CertificateField.ACHIEVEMENT, 30, 109, 237, 20, 15, 11, false, true, Align.CENTER),
            box(CertificateField.PLACE_DATE, 160, 136, 117, 8, 13, 10, false, true, Align.CENTER),
            box(CertificateField.SIGNER_TITLE, 160, 144, 117, 9, 14, 10, true, false, Align.CENTER),
            box(CertificateField.SIGNER_NAME, 160, 180, 117, 9, 14, 10, true, false, Align.CENTER),
            box(CertificateField.DECISION, 25, 170, 125, 8, 12, 9, false, true, Align.LEFT),
            box(CertificateField.GOLD_BOOK, 25, 178, 125, 8, 12, 9, false, true, Align.LEFT));

    private PlainDesign() {
    }

    /** The design's boxes on a landscape sheet of the given paper. */
    static List<FieldBox> boxes(PaperSize paper) {
        double scale = scale(paper);
        return A4.stream().map(b -> box(b.field(), b.xMm() * scale, b.yMm() * scale, b.widthMm() * scale, b.heightMm() * scale,
                b.fontSize() * scale, b.minFontSize() * scale, b.bold(), b.italic(), b.align())).toList();
    }

    static double scale(PaperSize paper) {
        return paper.heightMm() / PaperSize.A4.heightMm();
    }

    private static FieldBox box(CertificateField field, double x, double y, double width, double height, double size, double min,
                                boolean bold, boolean italic, Align align) {
        return new FieldBox(field, x, y, width, height, size, min, bold, italic, align);
    }
}
