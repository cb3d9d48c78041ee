package vn.tdkt.settings.ui;

import java.time.LocalDate;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.settings.BaseSalary;
import vn.tdkt.settings.LegalDocument;
import vn.tdkt.settings.LegalRegister;
import vn.tdkt.ui.UiContext;

/**
 * The legal register section of Cài đặt: the documents forms cite and the dated base salary, each with a
 * form below its table. Every read and write goes through the task runner.
 */
public final class LegalRegisterViewModel {
    private final UiContext ui;
    private final LegalRegister register;
    private final ObservableList<LegalDocument> documents = FXCollections.observableArrayList();
    private final ObservableList<BaseSalary> salaries = FXCollections.observableArrayList();
    private final ObjectProperty<LegalDocument> selected = new SimpleObjectProperty<>();
    private final StringProperty kind = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty issuer = new SimpleStringProperty("");
    private final StringProperty signedOn = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty inForceFrom = new SimpleStringProperty("");
    private final StringProperty inForceUntil = new SimpleStringProperty("");
    private final BooleanProperty cited = new SimpleBooleanProperty(true);
    private final ObjectProperty<BaseSalary> selectedSalary = new SimpleObjectProperty<>();
    private final StringProperty salaryFrom = new SimpleStringProperty("");
    private final StringProperty salaryAmount = new SimpleStringProperty("");
    private final StringProperty salaryGround = new SimpleStringProperty("");
    // The amount typed into the letterhead before the dated table (V11 kept it, no form reads it): shown until adopted or dismissed.
    private final ObjectProperty<Long> typedSalary = new SimpleObjectProperty<>();
    private final StringProperty typedSalaryFrom = new SimpleStringProperty("");

    public LegalRegisterViewModel(UiContext ui, LegalRegister register) {
        this.ui = ui;
        this.register = register;
        selected.addListener((obs, before, after) -> showDocument(after));
        selectedSalary.addListener((obs, before, after) -> showSalary(after));
    }

    private record Contents(List<LegalDocument> documents, List<BaseSalary> salaries, Long typedSalary) {
    }

    public void load() {
        ui.tasks().run(ui.text("legal.loading"), progress -> new Contents(register.documents(), register.salaries(),
                register.typedSalary().orElse(null)), contents -> {
            documents.setAll(contents.documents());
            salaries.setAll(contents.salaries());
            typedSalary.set(contents.typedSalary());
        });
    }

    /** Adds the typed amount as the dated row from the date entered beside it, and forgets the old setting. */
    public void adoptTypedSalary() {
        LocalDate from;
        try {
            from = date(typedSalaryFrom.get());
            if (from == null) {
                throw new AppException("legal.error.typedSalaryFrom");
            }
        } catch (AppException refused) {
            ui.dialogs().error(refused);
            return;
        }
        String ground = ui.text("legal.typedSalary.ground");
        ui.tasks().change(ui.text("legal.saving"), progress -> {
            register.adoptTypedSalary(from, ground);
            return from;
        }, adopted -> {
            typedSalaryFrom.set("");
            load();
        });
    }

    public void dismissTypedSalary() {
        Long amount = typedSalary.get();
        if (amount != null && ui.dialogs().confirm(ui.text("legal.typedSalary.dismissTitle"),
                ui.text("legal.typedSalary.dismissText", VietnameseNumbers.grouped(amount)))) {
            ui.tasks().change(ui.text("legal.saving"), progress -> {
                register.dismissTypedSalary();
                return amount;
            }, dismissed -> load());
        }
    }

    public ObjectProperty<Long> typedSalaryProperty() {
        return typedSalary;
    }

    public StringProperty typedSalaryFromProperty() {
        return typedSalaryFrom;
    }

    private void showDocument(LegalDocument document) {
        kind.set(document == null ? "" : document.kind());
        number.set(document == null ? "" : document.number());
        issuer.set(document == null ? "" : document.issuer());
        signedOn.set(document == null ? "" : VietnameseDates.shortForm(document.signedOn()));
        title.set(document == null ? "" : document.title());
        inForceFrom.set(document == null ? "" : VietnameseDates.shortForm(document.inForceFrom()));
        inForceUntil.set(document == null ? "" : VietnameseDates.shortForm(document.inForceUntil()));
        cited.set(document == null || document.cited());
    }

    private void showSalary(BaseSalary salary) {
        salaryFrom.set(salary == null ? "" : VietnameseDates.shortForm(salary.from()));
        salaryAmount.set(salary == null ? "" : VietnameseNumbers.grouped(salary.amount()));
        salaryGround.set(salary == null ? "" : salary.legalGround());
    }

    /** Clears the form for a new document. */
    public void newDocument() {
        selected.set(null);
        showDocument(null);
    }

    /** Saves the form as the selected document (or a new one); a wrong date is refused before anything is written. */
    public void saveDocument() {
        LegalDocument current = selected.get();
        LegalDocument edited;
        try {
            edited = new LegalDocument(current == null ? null : current.id(), kind.get(), number.get(), issuer.get(), date(signedOn.get()),
                    title.get(), date(inForceFrom.get()), date(inForceUntil.get()), cited.get(), current == null ? 0 : current.sortOrder());
        } catch (AppException refused) {
            ui.dialogs().error(refused);
            return;
        }
        ui.tasks().run(ui.text("legal.saving"), progress -> register.save(edited), saved -> load());
    }

    public void deleteDocument() {
        LegalDocument current = selected.get();
        if (current != null && ui.dialogs().confirm(ui.text("legal.delete.title"), ui.text("legal.delete.text", current.kind() + " " + current.number()))) {
            ui.tasks().run(ui.text("legal.saving"), progress -> {
                register.delete(current);
                return current;
            }, deleted -> load());
        }
    }

    public void newSalary() {
        selectedSalary.set(null);
        showSalary(null);
    }

    public void saveSalary() {
        BaseSalary edited;
        try {
            LocalDate from = date(salaryFrom.get());
            edited = new BaseSalary(from, amount(salaryAmount.get()), salaryGround.get());
        } catch (AppException refused) {
            ui.dialogs().error(refused);
            return;
        }
        ui.tasks().run(ui.text("legal.saving"), progress -> {
            register.saveSalary(edited);
            return edited;
        }, saved -> load());
    }

    public void deleteSalary() {
        BaseSalary current = selectedSalary.get();
        if (current != null && ui.dialogs().confirm(ui.text("legal.delete.title"),
                ui.text("legal.delete.text", VietnameseNumbers.grouped(current.amount()) + " (" + VietnameseDates.shortForm(current.from()) + ")"))) {
            ui.tasks().run(ui.text("legal.saving"), progress -> {
                register.deleteSalary(current);
                return current;
            }, deleted -> load());
        }
    }

    /** Empty text is no date; anything else must read as a whole date ("01/7/2026"). */
    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return VietnameseDates.parse(text).filter(parsed -> parsed.precision() == VietnameseDates.Precision.DAY)
                .map(VietnameseDates.Parsed::date)
                .orElseThrow(() -> new AppException("legal.error.date", text.strip()));
    }

    private static long amount(String text) {
        try {
            return VietnameseNumbers.parse(text).longValueExact();
        } catch (RuntimeException e) {
            throw new AppException("legal.error.salaryNumber");
        }
    }

    public ObservableList<LegalDocument> documents() {
        return documents;
    }

    public ObservableList<BaseSalary> salaries() {
        return salaries;
    }

    public ObjectProperty<LegalDocument> selectedProperty() {
        return selected;
    }

    public ObjectProperty<BaseSalary> selectedSalaryProperty() {
        return selectedSalary;
    }

    public StringProperty kindProperty() {
        return kind;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty issuerProperty() {
        return issuer;
    }

    public StringProperty signedOnProperty() {
        return signedOn;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty inForceFromProperty() {
        return inForceFrom;
    }

    public StringProperty inForceUntilProperty() {
        return inForceUntil;
    }

    public BooleanProperty citedProperty() {
        return cited;
    }

    public StringProperty salaryFromProperty() {
        return salaryFrom;
    }

    public StringProperty salaryAmountProperty() {
        return salaryAmount;
    }

    public StringProperty salaryGroundProperty() {
        return salaryGround;
    }
}
