package vn.tdkt.doc;

import java.awt.print.Book;
import java.awt.print.PageFormat;
import java.awt.print.Paper;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.List;
import javax.print.PrintService;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.printing.PDFPrintable;
import org.apache.pdfbox.printing.Scaling;
import vn.tdkt.core.AppException;

/**
 * Prints a rendered PDF through {@code java.awt.print}, always at actual size: each page gets a page
 * format of its own paper size with the whole sheet imageable, so nothing is scaled to fit (forms and
 * pre-printed blanks must come out at their true measurements).
 */
public final class DocumentPrinter {
    /** The printers the system knows, the default one first. */
    public List<PrintService> printers() {
        PrintService standard = javax.print.PrintServiceLookup.lookupDefaultPrintService();
        List<PrintService> all = new java.util.ArrayList<>(List.of(PrinterJob.lookupPrintServices()));
        if (standard != null) {
            all.remove(standard);
            all.addFirst(standard);
        }
        return all;
    }

    public void print(byte[] pdf, String jobName, PrintService printer, int copies) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(printer);
            job.setJobName(jobName);
            job.setCopies(Math.max(1, copies));
            job.setPageable(actualSize(document));
            job.print();
        } catch (PrinterException | IOException e) {
            throw new AppException(e, "doc.print.error", printer.getName(), e.getMessage());
        }
    }

    /** One page format per page, the paper exactly the page's size. */
    public static Book actualSize(PDDocument document) {
        Book book = new Book();
        PDFPrintable printable = new PDFPrintable(document, Scaling.ACTUAL_SIZE);
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            PDRectangle box = document.getPage(i).getMediaBox();
            boolean landscape = box.getWidth() > box.getHeight();
            double shortSide = Math.min(box.getWidth(), box.getHeight());
            double longSide = Math.max(box.getWidth(), box.getHeight());
            Paper paper = new Paper();
            paper.setSize(shortSide, longSide);
            paper.setImageableArea(0, 0, shortSide, longSide);
            PageFormat format = new PageFormat();
            format.setPaper(paper);
            format.setOrientation(landscape ? PageFormat.LANDSCAPE : PageFormat.PORTRAIT);
            book.append(printable, format);
        }
        return book;
    }
}
