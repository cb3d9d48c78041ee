package vn.tdkt.award.certificate;

import java.awt.print.Pageable;
import java.awt.print.PrinterException;
import java.util.List;

/**
 * Where printed certificates go: the system's printers in the app; in tests, a recorder of the pages handed over.
 * Everything about the job (which pages, on which paper, at what scale) is decided before {@link #submit}.
 */
public interface Printers {
    /** The installed printers' names, the default one first; empty when none is installed. Slow on some systems. */
    List<String> names();

    /** Sends the pages to the named printer exactly as given: each page on its own format, nothing scaled. */
    void submit(String printer, String jobName, Pageable pages) throws PrinterException;
}
