package vn.tdkt.exemplar;

import java.nio.file.Path;
import java.util.List;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;

/** Writes the danh sách điển hình tiên tiến of every model as .pdf and .docx, the way the other documents are written. */
public final class ExemplarListFiles {
    private final ExemplarServices services;
    private final DocumentWriter writer;

    public ExemplarListFiles(ExemplarServices services, DocumentWriter writer) {
        this.services = services;
        this.writer = writer;
    }

    /** "Danh-sach-DHTT-2026.pdf" and ".docx" in {@code folder}; returns both files. */
    public List<Path> write(Path folder) {
        String stem = "Danh-sach-DHTT-" + services.exemplars().today().getYear();
        vn.tdkt.doc.Document list = services.documents().list();
        return List.of(writer.write(list, DocumentFormat.PDF, folder, stem), writer.write(list, DocumentFormat.DOCX, folder, stem));
    }
}
