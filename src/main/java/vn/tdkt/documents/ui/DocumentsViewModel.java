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
import vn.tdkt.doc.forms.StandardForms;
import vn.tdkt.documents.DocumentServices;
import vn.tdkt.settings.Letterhead;
import vn.tdkt.ui.UiContext;

/** The Văn bản page as state: the sổ văn bản, the number form, and the forms that can be previewed. */
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

    public List<StandardForms.Form> forms() {
        return StandardForms.all();
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

    /** Builds and renders the form off the FX thread, then hands the preview over. */
    public void preview(StandardForms.Form form, Consumer<PreviewViewModel> onReady) {
        ui.tasks().run(ui.text("doc.preview.rendering"), progress -> {
            Letterhead letterhead = services.settings().letterheadForDocuments();
            LocalDate today = LocalDate.now(services.clock());
            Document document = form.build(letterhead, today);
            byte[] pdf = services.writer().render(document, DocumentFormat.PDF);
            return new PreviewViewModel(ui, services, document, form.fileName(letterhead, today), pdf);
        }, onReady);
    }
}
