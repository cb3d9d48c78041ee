package vn.tdkt.award.certificate;

import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.colors.Color;
import com.itextpdf.kernel.colors.ColorConstants;
import com.itextpdf.kernel.colors.DeviceRgb;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfViewerPreferences;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import vn.tdkt.core.Progress;
import vn.tdkt.doc.Align;
import vn.tdkt.doc.DocumentFonts;
import vn.tdkt.doc.PaperSize;

/**
 * Draws certificates straight onto PDF pages with iText's canvas: each field's lines placed in its box (see
 * {@link TextFit}), moved by the printer's offset on a blank. Pages are exactly the sheet's size and the file asks
 * viewers not to scale when printing; the app's own printing uses {@code doc.DocumentPrinter}, always at actual size.
 */
final class CertificatePdf implements AutoCloseable {
    static final Color RED = new DeviceRgb(200, 16, 46);
    private static final float MM = (float) TextFit.POINTS_PER_MM;

    private final PdfDocument pdf;
    private final PdfFont[] fonts = new PdfFont[4];

    CertificatePdf(OutputStream out, String title) {
        PdfWriter writer = new PdfWriter(out);
        // SafeFiles syncs and closes the file itself once the document is complete.
        writer.setCloseStream(false);
        pdf = new PdfDocument(writer);
        pdf.getDocumentInfo().setTitle(title);
        pdf.getCatalog().setViewerPreferences(new PdfViewerPreferences().setPrintScaling(PdfViewerPreferences.PdfViewerPreferencesConstants.NONE));
    }

    /** The full design on plain paper, one page per certificate. */
    void design(List<Certificate> certificates, Progress progress) {
        for (int i = 0; i < certificates.size(); i++) {
            progress.checkCancelled();
            Certificate certificate = certificates.get(i);
            PdfCanvas canvas = page(certificate.paper());
            frame(canvas, certificate.paper());
            for (FieldBox box : PlainDesign.boxes(certificate.paper())) {
                TextFit.Fitted fitted = text(canvas, box, certificate.line(box.field()), PrinterOffset.none(), box.field().red() ? RED : ColorConstants.BLACK);
                if (box.field() == CertificateField.MOTTO) {
                    underline(canvas, box, fitted);
                }
            }
            progress.update(i + 1, certificates.size(), "");
        }
    }

    /** Only the changing lines, where the blank's layout puts them, moved by the printer's offset. */
    void onBlank(List<Certificate> certificates, BlankLayout layout, PrinterOffset offset, Progress progress) {
        for (int i = 0; i < certificates.size(); i++) {
            progress.checkCancelled();
            PdfCanvas canvas = page(layout.paper());
            for (FieldBox box : layout.fields()) {
                text(canvas, box, certificates.get(i).line(box.field()), offset, ColorConstants.BLACK);
            }
            progress.update(i + 1, certificates.size(), "");
        }
    }

    /**
     * The calibration page: a millimetre ruler along the top and left edges, drawn where the sheet is (so the
     * printer's own shift shows against the paper's edge), and every field's box and name moved by the offset in
     * use (so it can be laid over a blank against the light).
     */
    void calibration(BlankLayout layout, PrinterOffset offset, Map<CertificateField, String> labels, List<String> notes) {
        PdfCanvas canvas = page(layout.paper());
        ruler(canvas, layout);
        canvas.setLineWidth(0.5f).setStrokeColor(RED);
        for (FieldBox box : layout.fields()) {
            float x = (float) (box.xMm() + offset.xMm()) * MM;
            float top = (float) (box.yMm() + offset.yMm()) * MM;
            float height = (float) box.heightMm() * MM;
            canvas.rectangle(x, pageHeight(layout.paper()) - top - height, (float) box.widthMm() * MM, height).stroke();
            show(canvas, font(false, false), 7, ColorConstants.BLACK, x + 1.5f, pageHeight(layout.paper()) - top - 7.5f,
                    labels.getOrDefault(box.field(), box.field().name()));
        }
        float y = pageHeight(layout.paper()) - 16 * MM;
        for (String note : notes) {
            show(canvas, font(false, true), 10, ColorConstants.BLACK, 40 * MM, y, note);
            y -= 14;
        }
    }

    private PdfCanvas page(PaperSize paper) {
        PdfPage page = pdf.addNewPage(new PageSize((float) paper.heightMm() * MM, (float) paper.widthMm() * MM));
        return new PdfCanvas(page);
    }

    private static float pageHeight(PaperSize paper) {
        return (float) paper.widthMm() * MM;
    }

    private TextFit.Fitted text(PdfCanvas canvas, FieldBox box, String text, PrinterOffset offset, Color color) {
        if (text.isEmpty()) {
            return null;
        }
        TextFit.Fitted fitted = TextFit.fit(text, box);
        PlacedLines placed = PlacedLines.of(box, fitted, offset);
        PdfFont font = font(box.bold(), box.italic());
        float pageHeight = canvas.getDocument().getLastPage().getPageSize().getHeight();
        for (int i = 0; i < fitted.lines().size(); i++) {
            show(canvas, font, (float) fitted.size(), color, (float) placed.x(i), pageHeight - (float) placed.baseline(i), fitted.lines().get(i));
        }
        return fitted;
    }

    private static void show(PdfCanvas canvas, PdfFont font, float size, Color color, float x, float y, String text) {
        canvas.beginText().setFontAndSize(font, size).setFillColor(color).moveText(x, y).showText(text).endText();
    }

    /** The short rule under the motto, as long as the motto, as on the Decree-30 header. */
    private static void underline(PdfCanvas canvas, FieldBox box, TextFit.Fitted fitted) {
        if (fitted == null) {
            return;
        }
        PlacedLines placed = PlacedLines.of(box, fitted, PrinterOffset.none());
        float pageHeight = canvas.getDocument().getLastPage().getPageSize().getHeight();
        float y = pageHeight - (float) (placed.baseline(0) + fitted.size() * 0.3);
        canvas.setLineWidth(0.6f).setStrokeColor(ColorConstants.BLACK)
                .moveTo((float) placed.x(0), y).lineTo((float) (placed.x(0) + fitted.widths().getFirst()), y).stroke();
    }

    private static void frame(PdfCanvas canvas, PaperSize paper) {
        double scale = PlainDesign.scale(paper);
        float width = (float) paper.heightMm() * MM;
        float height = (float) paper.widthMm() * MM;
        float outer = (float) (PlainDesign.OUTER_FRAME_MM * scale) * MM;
        float inner = (float) (PlainDesign.INNER_FRAME_MM * scale) * MM;
        canvas.setStrokeColor(RED).setLineWidth((float) (2.4 * scale)).rectangle(outer, outer, width - 2 * outer, height - 2 * outer).stroke();
        canvas.setLineWidth((float) (0.8 * scale)).rectangle(inner, inner, width - 2 * inner, height - 2 * inner).stroke();
    }

    private void ruler(PdfCanvas canvas, BlankLayout layout) {
        float width = (float) layout.widthMm();
        float height = (float) layout.heightMm();
        float top = height * MM;
        canvas.setStrokeColor(ColorConstants.BLACK).setLineWidth(0.3f);
        for (int mm = 0; mm <= (int) width; mm++) {
            float tick = mm % 10 == 0 ? 5 : mm % 5 == 0 ? 3.5f : 2;
            canvas.moveTo(mm * MM, top).lineTo(mm * MM, top - tick * MM);
            if (mm % 10 == 0 && mm > 0) {
                show(canvas, font(false, false), 6, ColorConstants.BLACK, mm * MM + 0.7f, top - 7.5f * MM, Integer.toString(mm));
            }
        }
        for (int mm = 0; mm <= (int) height; mm++) {
            float tick = mm % 10 == 0 ? 5 : mm % 5 == 0 ? 3.5f : 2;
            canvas.moveTo(0, top - mm * MM).lineTo(tick * MM, top - mm * MM);
            if (mm % 10 == 0 && mm > 0) {
                show(canvas, font(false, false), 6, ColorConstants.BLACK, 6 * MM, top - mm * MM - 2, Integer.toString(mm));
            }
        }
        canvas.stroke();
    }

    private PdfFont font(boolean bold, boolean italic) {
        int face = (bold ? 1 : 0) + (italic ? 2 : 0);
        if (fonts[face] == null) {
            try {
                fonts[face] = PdfFontFactory.createFont(FontProgramFactory.createFont(DocumentFonts.bytes(bold, italic), true),
                        PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fonts[face];
    }

    @Override
    public void close() {
        pdf.close();
    }
}
