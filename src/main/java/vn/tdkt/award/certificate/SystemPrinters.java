package vn.tdkt.award.certificate;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.util.List;
import javax.print.PrintService;
import vn.tdkt.core.AppException;
import vn.tdkt.doc.DocumentPrinter;

/** The printers the operating system knows, through {@code java.awt.print} as the document preview prints. */
public final class SystemPrinters implements Printers {
    private final DocumentPrinter printers = new DocumentPrinter();

    @Override
    public List<String> names() {
        return printers.printers().stream().map(PrintService::getName).toList();
    }

    @Override
    public void submit(String printer, String jobName, Pageable pages) throws PrinterException {
        PrintService service = printers.printers().stream().filter(p -> p.getName().equals(printer)).findFirst()
                .orElseThrow(() -> new AppException("certificate.print.unknown", printer));
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setPrintService(service);
        job.setJobName(jobName);
        job.setPageable(pages);
        job.print();
    }
}
