package vn.tdkt.award.certificate;

import java.awt.Graphics2D;
import java.awt.print.Book;
import java.awt.print.PrinterAbortException;
import java.awt.print.PrinterException;
import java.awt.print.Printable;
import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import vn.tdkt.award.Decision;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Progress;
import vn.tdkt.doc.DocumentPrinter;

/**
 * Prints a decision's certificates, the same pages the PDF holds: each page on paper of its own size with the whole
 * sheet imageable and PDFBox drawing at actual size from the sheet's corner, so a blank's fields land where the layout
 * and the printer's offset put them, whatever margins the printer keeps; and a blank's calibration page the same way.
 * Cancelling stops before the next page is drawn.
 */
public final class CertificatePrinter {
    private final CertificateService certificates;
    private final Printers printers;

    public CertificatePrinter(CertificateService certificates, Printers printers) {
        this.certificates = certificates;
        this.printers = printers;
    }

    /** The installed printers' names; empty when there is none. */
    public List<String> printers() {
        return printers.names();
    }

    /**
     * Every certificate of the decision, in the full design ({@code layout} null) or as text onto the layout's blanks
     * moved by {@code offset}. Returns how many pages were sent.
     */
    public int print(Decision decision, BlankLayout layout, String printer, PrinterOffset offset, Progress progress) {
        byte[] pdf = certificates.render(decision, layout, offset, progress);
        progress.checkCancelled();
        return send(pdf, CertificateService.title(decision), printer, progress);
    }

    /**
     * The layout's calibration page with the printer's offset, on the printer it measures: the same page as the PDF,
     * at actual size, so the ruler and the boxes land where they will land on the blanks.
     */
    public int printCalibration(BlankLayout layout, PrinterOffset offset, Function<CertificateField, String> label, List<String> notes,
                                String printer, Progress progress) {
        byte[] pdf = certificates.renderCalibration(layout, offset, label, notes);
        progress.checkCancelled();
        return send(pdf, layout.name(), printer, progress);
    }

    /** Sends the PDF's pages to the printer; returns how many were sent. */
    private int send(byte[] pdf, String title, String printer, Progress progress) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Book actualSize = DocumentPrinter.actualSize(document);
            int count = actualSize.getNumberOfPages();
            Book pages = new Book();
            for (int i = 0; i < count; i++) {
                Printable page = actualSize.getPrintable(i);
                pages.append((graphics, format, index) -> {
                    if (progress.isCancelled()) {
                        throw new PrinterAbortException();
                    }
                    progress.update(index + 1, count, "");
                    // The print system may shrink the imageable area to the printer's margins, and PDFBox draws from
                    // that area's corner: every field would move by the margin. Drawing from the sheet's corner keeps
                    // the layout's positions, leaving the offset to the printer's own feed error the calibration measures.
                    ((Graphics2D) graphics).translate(-format.getImageableX(), -format.getImageableY());
                    return page.print(graphics, format, index);
                }, actualSize.getPageFormat(i));
            }
            printers.submit(printer, title, pages);
            return count;
        } catch (PrinterAbortException cancelled) {
            throw new Progress.CancelledException();
        } catch (PrinterException | IOException e) {
            throw new AppException(e, "doc.print.error", printer, e.getMessage());
        }
    }
}
