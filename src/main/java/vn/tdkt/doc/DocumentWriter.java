package vn.tdkt.doc;

import java.nio.file.Path;
import vn.tdkt.core.SafeFiles;

/** Renders a document and writes it safely: a failed write leaves no partial file and says why. */
public final class DocumentWriter {
    private final PdfRenderer pdf = new PdfRenderer();
    private final DocxRenderer docx = new DocxRenderer();

    public byte[] render(Document document, DocumentFormat format) {
        return switch (format) {
            case PDF -> pdf.render(document);
            case DOCX -> docx.render(document);
        };
    }

    /** Writes the document into {@code folder} as {@code stem.ext} and returns the file. */
    public Path write(Document document, DocumentFormat format, Path folder, String stem) {
        Path target = folder.resolve(stem + "." + format.extension());
        save(render(document, format), target);
        return target;
    }

    /** Writes bytes already rendered (the preview keeps them) to the chosen file. */
    public static void save(byte[] rendered, Path target) {
        SafeFiles.writeBytes(target, rendered);
    }
}
