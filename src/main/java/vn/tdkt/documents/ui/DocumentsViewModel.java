package vn.tdkt.documents.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.AppException;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentRegister;
import vn.tdkt.doc.DocumentType;
import vn.tdkt.doc.RegisterEntry;
import vn.tdkt.doc.Contradiction;
import vn.tdkt.doc.FormSource;
import vn.tdkt.documents.DocumentServices;
import vn.tdkt.ui.UiContext;

/**
 * The Văn bản page as state: the sổ văn bản, the number form, the features' forms and the chooser of the record
 * each is filled from. Every database read and write runs through the task runner.
 */
public final class DocumentsViewModel {
    private final UiContext ui;
    private final DocumentServices services;
    private final DocumentRegister register;
    private final ObservableList<RegisterEntry> entries = FXCollections.observableArrayList();
    private final ObjectProperty<DocumentType> type = new SimpleObjectProperty<>(DocumentType.DECISION);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final StringProperty subject = new SimpleStringProperty("");
    private final StringProperty typedNumber = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper nextNumber = new ReadOnlyStringWrapper("");
    private final ObservableList<FormSource.Choice> records = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper("");
    /** Counts form choices, so the records of a form chosen earlier never fill the chooser of a later one. */
    private long chosen;

    public DocumentsViewModel(UiContext ui, DocumentServices services) {
        this.ui = ui;
        this.services = services;
        this.register = services.register();
        date.set(LocalDate.now(services.clock()));
        type.addListener((obs, before, after) -> updateNextNumber());
        date.addListener((obs, before, after) -> updateNextNumber());
    }

    public ObservableList<RegisterEntry> entries() {
        return entries;
    }

    public ObjectProperty<DocumentType> typeProperty() {
        return type;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty subjectProperty() {
        return subject;
    }

    public StringProperty typedNumberProperty() {
        return typedNumber;
    }

    /** The number the register would issue now; empty while the letterhead is incomplete. */
    public ReadOnlyStringProperty nextNumberProperty() {
        return nextNumber.getReadOnlyProperty();
    }

    /** The forms the features deliver. */
    public List<FormSource> forms() {
        return services.allForms();
    }

    /** The records the chooser offers for the chosen form, newest first. */
    public ObservableList<FormSource.Choice> records() {
        return records;
    }

    /** Why the chooser is empty ("no council meeting recorded yet"); empty text while it has records. */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** Reads the records {@code form} can be filled from, off the FX thread. */
    public void chooseForm(FormSource form) {
        long asked = ++chosen;
        records.clear();
        missing.set("");
        if (form == null) {
            return;
        }
        ui.tasks().run(ui.text("doc.records.loading"), progress -> form.records().get(), found -> {
            if (asked == chosen) {
                records.setAll(found);
                missing.set(found.isEmpty() ? ui.text(form.missingKey()) : "");
            }
        });
    }

    /** The register and the next number, read off the FX thread. */
    public void refresh() {
        ui.tasks().run(ui.text("doc.register.loading"), progress -> register.entries(), read -> {
            entries.setAll(read);
            updateNextNumber();
        });
    }

    private void updateNextNumber() {
        DocumentType askedType = type.get();
        LocalDate askedDate = date.get();
        if (askedType == null || askedDate == null) {
            nextNumber.set("");
            return;
        }
        ui.tasks().run(ui.text("doc.register.loading"), progress -> {
            try {
                return register.nextNumber(askedType, askedDate);
            } catch (AppException incomplete) {
                return "";
            }
        }, next -> {
            if (askedType == type.get() && askedDate.equals(date.get())) {
                nextNumber.set(next);
            }
        });
    }

    /** Issues a number (the typed one, if any) in the background; on refusal the dialog says why and nothing changes. */
    public void issue() {
        LocalDate day = date.get() == null ? LocalDate.now(services.clock()) : date.get();
        DocumentType askedType = type.get();
        String askedSubject = subject.get();
        String askedNumber = typedNumber.get();
        ui.tasks().change(ui.text("doc.register.issuing"), progress -> register.issue(askedType, day, askedSubject, askedNumber), issued -> {
            subject.set("");
            typedNumber.set("");
            refresh();
        });
    }

    /**
     * Checks the chosen record's dossier, then builds and renders the form, all off the FX thread, and hands the
     * preview over. A dossier that contradicts itself is not previewed (and so not saved, printed or issued):
     * the dialog names each contradiction.
     */
    public void preview(FormSource form, FormSource.Choice record, Consumer<PreviewViewModel> onReady) {
        ui.tasks().run(ui.text("doc.preview.rendering"), progress -> {
            services.settings().letterheadForDocuments();
            List<Contradiction> found = form.check().apply(record.id());
            if (!found.isEmpty()) {
                throw new AppException("doc.check.blocked", String.join("\n", found.stream()
                        .map(c -> "- " + ui.text(c.messageKey(), c.argArray())).toList()));
            }
            Document document = form.build().apply(record.id());
            byte[] pdf = services.writer().render(document, DocumentFormat.PDF);
            return new PreviewViewModel(ui, services, document, form.fileName(record), pdf);
        }, onReady);
    }
}
