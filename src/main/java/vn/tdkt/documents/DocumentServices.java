package vn.tdkt.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.doc.Contradiction;
import vn.tdkt.doc.DocumentPrinter;
import vn.tdkt.doc.DocumentRegister;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.FormSource;
import vn.tdkt.settings.SettingsService;

/**
 * What the Văn bản page and the {@code docs} command work with, built once by {@link DocumentsFeature}.
 *
 * @param savedDocuments the folder a saved document goes to first (the data folder's "documents")
 * @param forms          every feature's forms, in navigation order (each feature's {@code Feature.forms()})
 */
public record DocumentServices(DocumentRegister register, SettingsService settings, DocumentWriter writer,
                               DocumentPrinter printer, Clock clock, Path savedDocuments, Supplier<List<FormSource>> forms) {
    /** Every form the features deliver. */
    public List<FormSource> allForms() {
        return forms.get();
    }

    /**
     * Every contradiction in the data folder's documents: each form's check for each of its records, each
     * contradiction named once (two forms built from one record find the same ones). Reads the database.
     */
    public List<Contradiction> contradictions() {
        Set<Contradiction> found = new LinkedHashSet<>();
        for (FormSource form : allForms()) {
            for (FormSource.Choice record : form.records().get()) {
                found.addAll(form.check().apply(record.id()));
            }
        }
        return new ArrayList<>(found);
    }
}
