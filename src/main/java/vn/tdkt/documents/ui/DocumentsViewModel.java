package vn.tdkt.documents.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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

    public void refresh() {
        entries.setAll(register.entries());
        updateNextNumber();
    }

    private void updateNextNumber() {
        if (type.get() == null || date.get() == null) {
            nextNumber.set("");
            return;
        }
        try {
            nextNumber.set(register.nextNumber(type.get(), date.get()));
        } catch (AppException incomplete) {
            nextNumber.set("");
        }
    }

    /** Issues a number (the typed one, if any); on refusal the dialog says why and nothing changes. */
    public Optional<RegisterEntry> issue() {
        try {
            LocalDate day = date.get() == null ? LocalDate.now(services.clock()) : date.get();
            RegisterEntry entry = register.issue(type.get(), day, subject.get(), typedNumber.get());
            subject.set("");
            typedNumber.set("");
            refresh();
            return Optional.of(entry);
        } catch (AppException refused) {
            ui.dialogs().error(refused);
            return Optional.empty();
        }
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
