package vn.tdkt.documents;

import java.nio.file.Path;
import java.time.Clock;
import vn.tdkt.doc.DocumentPrinter;
import vn.tdkt.doc.DocumentRegister;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.settings.SettingsService;

/**
 * What the Văn bản page and the {@code docs} command work with, built once by {@link DocumentsFeature}.
 *
 * @param savedDocuments the folder a saved document goes to first (the data folder's "documents")
 */
public record DocumentServices(DocumentRegister register, SettingsService settings, DocumentWriter writer,
                               DocumentPrinter printer, Clock clock, Path savedDocuments) {
}
