package vn.tdkt.exemplar;

import com.itextpdf.io.image.ImageData;
import com.itextpdf.io.image.ImageDataFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfPage;
import com.itextpdf.kernel.pdf.PdfReader;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.PdfCanvas;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import vn.tdkt.core.AppException;

/**
 * The whole hồ sơ as one PDF: the rendered dossier, then each evidence image on its own A4 page
 * (scaled to fit, never enlarged) and each evidence PDF's own pages. JPEG bytes are embedded as they
 * are, so fifty camera photos cost no decoding.
 */
final class DossierPdf {
    private static final float MARGIN = 42;

    private DossierPdf() {
    }

    static void write(byte[] renderedDossier, List<Evidence> evidence, Function<Evidence, byte[]> content, OutputStream out) throws IOException {
        // iText writes each token of the PDF syntax on its own; unbuffered, every one was a system call to the file.
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        PdfWriter pdfWriter = new PdfWriter(buffered);
        // SafeFiles flushes and syncs the stream after this returns, so iText must leave it open.
        pdfWriter.setCloseStream(false);
        try (PdfDocument target = new PdfDocument(pdfWriter);
             PdfDocument dossier = new PdfDocument(new PdfReader(new ByteArrayInputStream(renderedDossier)))) {
            dossier.copyPagesTo(1, dossier.getNumberOfPages(), target);
            for (Evidence item : evidence) {
                byte[] bytes = content.apply(item);
                if (item.pdf()) {
                    try (PdfDocument attached = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
                        attached.copyPagesTo(1, attached.getNumberOfPages(), target);
                    }
                } else {
                    addImagePage(target, ImageDataFactory.create(bytes));
                }
            }
        } catch (com.itextpdf.kernel.exceptions.PdfException e) {
            throw new AppException(e, "exemplar.dossier.error", e.getMessage());
        }
        buffered.flush();
    }

    private static void addImagePage(PdfDocument target, ImageData image) {
        PageSize size = image.getWidth() > image.getHeight() ? PageSize.A4.rotate() : PageSize.A4;
        PdfPage page = target.addNewPage(size);
        float room = Math.min((size.getWidth() - 2 * MARGIN) / image.getWidth(), (size.getHeight() - 2 * MARGIN) / image.getHeight());
        float scale = Math.min(1f, room);
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        float x = (size.getWidth() - width) / 2;
        float y = (size.getHeight() - height) / 2;
        new PdfCanvas(page).addImageFittedIntoRectangle(image, new com.itextpdf.kernel.geom.Rectangle(x, y, width, height), false);
    }
}
