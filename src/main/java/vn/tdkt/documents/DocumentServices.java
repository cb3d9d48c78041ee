package vn.tdkt.documents;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.tdkt.doc.DocumentPrinter;
import vn.tdkt.doc.DocumentRegister;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.forms.StandardForms;
import vn.tdkt.settings.SettingsService;

/**
 * What the Văn bản page and the {@code docs} command work with, built once by {@link DocumentsFeature}.
 *
 * @param savedDocuments the folder a saved document goes to first (the data folder's "documents")
 */
public record DocumentServices(DocumentRegister register, SettingsService settings, DocumentWriter writer,
                               DocumentPrinter printer, Clock clock, Path savedDocuments,
                               Function<LocalDate, List<StandardForms.Form>> recordForms) {
    /** Every form: a form built from the officer's own records replaces the sample of the same name. */
    public List<StandardForms.Form> forms(LocalDate today) {
        List<StandardForms.Form> forms = new ArrayList<>(StandardForms.all());
        for (StandardForms.Form real : recordForms.apply(today)) {
            forms.removeIf(sample -> sample.fileStem().equals(real.fileStem()));
            forms.add(real);
        }
        return forms;
    }
}
