package vn.tdkt.doc;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A rendered PDF opened for the preview: each page drawn to an image at a zoom (1.0 = actual size on a
 * 96 dpi screen). PDFBox documents are not thread-safe, so drawing is serialized.
 */
public final class PdfPages implements AutoCloseable {
    private static final float SCREEN_DPI = 96;

    private final PDDocument document;
    private final PDFRenderer renderer;

    private PdfPages(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    public static PdfPages open(byte[] pdf) {
        try {
            return new PdfPages(Loader.loadPDF(pdf));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int count() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) at {@code zoom}. */
    public synchronized BufferedImage render(int index, double zoom) {
        try {
            return renderer.renderImage(index, (float) (zoom * SCREEN_DPI / 72));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
