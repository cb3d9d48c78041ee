package vn.tdkt.doc;

/**
 * Paper, orientation and margins in millimetres. The default is Decree 30's: A4 portrait, top and bottom
 * 20 mm, left 30 mm, right 15 mm.
 */
public record PageSetup(PaperSize paper, boolean landscape, double topMm, double bottomMm, double leftMm, double rightMm) {
    /** Where the page number sits above the text, measured from the top edge. */
    public static final double PAGE_NUMBER_FROM_TOP_MM = 10;

    public static PageSetup decree30() {
        return new PageSetup(PaperSize.A4, false, 20, 20, 30, 15);
    }

    public double widthMm() {
        return landscape ? paper.heightMm() : paper.widthMm();
    }

    public double heightMm() {
        return landscape ? paper.widthMm() : paper.heightMm();
    }

    /** The width text may use. */
    public double textWidthMm() {
        return widthMm() - leftMm - rightMm;
    }

    public static float points(double mm) {
        return (float) (mm * 72 / 25.4);
    }

    public static int twips(double mm) {
        return (int) Math.round(mm * 1440 / 25.4);
    }
}
