package vn.tdkt.documents.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;
import javax.print.PrintService;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentPrinter;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.documents.DocumentServices;
import vn.tdkt.doc.PdfPages;
import vn.tdkt.doc.SystemViewer;
import vn.tdkt.ui.UiContext;

/**
 * One document in the preview: its PDF drawn page by page at a zoom, and the ways out — save as .docx
 * or .pdf, open in the system's Word or PDF reader, print at actual size. Every slow step runs as a task.
 */
public final class PreviewViewModel implements AutoCloseable {
    static final double MIN_ZOOM = 0.5;
    static final double MAX_ZOOM = 3.0;
    private static final double ZOOM_STEP = 1.25;

    private final UiContext ui;
    private final Document document;
    private final String fileName;
    private final byte[] pdf;
    private final PdfPages pages;
    private final DocumentWriter writer;
    private final DocumentPrinter printer;
    private final Path savedDocuments;
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(1.0);
    private final ReadOnlyObjectWrapper<Image> image = new ReadOnlyObjectWrapper<>();
    /** Counts page/zoom requests, so a slower earlier drawing never replaces a later one. */
    private long shown;
    /** Set on the FX thread when the window closes; drawings finishing later are dropped. */
    private volatile boolean closed;

    /** Takes the document already rendered to PDF (done off the FX thread by the caller). */
    PreviewViewModel(UiContext ui, DocumentServices services, Document document, String fileName, byte[] pdf) {
        this.writer = services.writer();
        this.printer = services.printer();
        this.savedDocuments = services.savedDocuments();
        this.ui = ui;
        this.document = document;
        this.fileName = fileName;
        this.pdf = pdf.clone();
        this.pages = PdfPages.open(pdf);
    }

    public String title() {
        return document.title();
    }

    public int pageCount() {
        return pages.count();
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Image> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public void nextPage() {
        goTo(page.get() + 1);
    }

    public void previousPage() {
        goTo(page.get() - 1);
    }

    public void goTo(int index) {
        int bounded = Math.clamp(index, 0, pageCount() - 1);
        if (bounded != page.get()) {
            page.set(bounded);
            show();
        }
    }

    public void zoomIn() {
        setZoom(zoom.get() * ZOOM_STEP);
    }

    public void zoomOut() {
        setZoom(zoom.get() / ZOOM_STEP);
    }

    public void setZoom(double value) {
        double bounded = Math.clamp(value, MIN_ZOOM, MAX_ZOOM);
        if (bounded != zoom.get()) {
            zoom.set(bounded);
            show();
        }
    }

    /** Draws the current page at the current zoom off the FX thread. */
    public void show() {
        int index = page.get();
        double scale = zoom.get();
        long asked = ++shown;
        ui.tasks().run(ui.text("doc.preview.rendering"), progress -> FxImages.toFx(pages.render(index, scale)), drawn -> {
            if (asked == shown && !closed) {
                image.set(drawn);
            }
        }, failed -> {
            // A drawing still running when the window closed fails on the closed file: nobody is left to tell.
            if (!closed) {
                ui.dialogs().error(failed);
            }
        });
    }

    /** The name proposed in the save dialog: no diacritics, as file names travel on USB sticks. */
    public String suggestedFileName(DocumentFormat format) {
        return fileName + "." + format.extension();
    }

    private byte[] bytes(DocumentFormat format) {
        return format == DocumentFormat.PDF ? pdf.clone() : writer.render(document, DocumentFormat.DOCX);
    }

    public void save(DocumentFormat format, Path target) {
        ui.tasks().run(ui.text("doc.preview.saving"), progress -> {
            DocumentWriter.save(bytes(format), target);
            return target;
        }, saved -> ui.dialogs().info(ui.text("doc.preview.saved.title"), ui.text("doc.preview.saved", saved)));
    }

    /** Writes the file into the data folder's documents folder and hands it to Word or the PDF reader. */
    public void openExternally(DocumentFormat format) {
        Path target = savedDocuments.resolve(suggestedFileName(format));
        ui.tasks().run(ui.text("doc.preview.opening"), progress -> {
            SystemViewer.open(bytes(format), target);
            return target;
        }, opened -> { });
    }

    /** The printers, looked up off the FX thread: the lookup can hang for seconds on Windows. */
    public void printers(java.util.function.Consumer<List<PrintService>> onFound) {
        ui.tasks().run(ui.text("doc.print.lookup"), progress -> printer.printers(), onFound);
    }

    public void print(PrintService service, int copies) {
        ui.tasks().run(ui.text("doc.preview.printing"), progress -> {
            printer.print(pdf, document.title(), service, copies);
            return service.getName();
        }, name -> ui.dialogs().info(ui.text("doc.print.done.title"), ui.text("doc.print.done", name, copies)));
    }

    @Override
    public void close() {
        closed = true;
        pages.close();
    }
}
