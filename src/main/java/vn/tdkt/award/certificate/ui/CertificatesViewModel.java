package vn.tdkt.award.certificate.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.award.AwardeeCount;
import vn.tdkt.award.Decision;
import vn.tdkt.award.certificate.BlankLayout;
import vn.tdkt.award.certificate.CertificatePrinter;
import vn.tdkt.award.certificate.CertificateService;
import vn.tdkt.award.certificate.PrinterOffset;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.ui.UiContext;

/**
 * The certificates page: which decision, printed in the full design or onto which blank, for which printer with its
 * offset; writing the PDF and the calibration page. The layout being edited has its own model.
 */
public final class CertificatesViewModel {
    private final UiContext ui;
    private final CertificateService service;
    private final CertificatePrinter printing;
    private final ObservableList<Decision> decisions = FXCollections.observableArrayList();
    private final ObservableList<BlankLayout> layouts = FXCollections.observableArrayList();
    private final ObservableList<String> printers = FXCollections.observableArrayList();
    private final ObjectProperty<Decision> decision = new SimpleObjectProperty<>();
    /** The blank's layout shown in the editor, and printed onto when {@link #onBlank} is set. */
    private final ObjectProperty<BlankLayout> blank = new SimpleObjectProperty<>();
    /** Text only onto pre-printed blanks; otherwise the full design on plain paper. */
    private final BooleanProperty onBlank = new SimpleBooleanProperty();
    private final StringProperty printer = new SimpleStringProperty("");
    private final DoubleProperty offsetX = new SimpleDoubleProperty();
    private final DoubleProperty offsetY = new SimpleDoubleProperty();
    private final LayoutEditorModel editor;

    public CertificatesViewModel(UiContext ui, CertificateService service, CertificatePrinter printing) {
        this.ui = ui;
        this.service = service;
        this.printing = printing;
        this.editor = new LayoutEditorModel(ui, service);
        blank.addListener((o, was, now) -> {
            BlankLayout editing = editor.layoutProperty().get();
            if (now == null || editing != null && now.id().equals(editing.id())) {
                return;
            }
            if (editor.changedProperty().get() && !ui.dialogs().confirm(ui.text("certificate.unsaved.title"), ui.text("certificate.unsaved.text", editing.name()))) {
                blank.set(layouts.stream().filter(l -> l.id().equals(editing.id())).findFirst().orElse(was));
                return;
            }
            editor.show(now);
        });
        printer.addListener((o, was, now) -> loadOffset());
    }

    /** Reads decisions and layouts (keeping the choices where they still exist) and the printers the system knows. */
    public void load() {
        ui.tasks().run(ui.text("certificate.task.load"), progress -> new Loaded(service.decisions(), service.layouts()), loaded -> {
            Decision chosen = decision.get();
            decisions.setAll(loaded.decisions());
            decision.set(loaded.decisions().stream().filter(d -> chosen != null && d.id().equals(chosen.id())).findFirst()
                    .orElse(loaded.decisions().isEmpty() ? null : loaded.decisions().getLast()));
            BlankLayout editing = editor.layoutProperty().get();
            layouts.setAll(loaded.layouts());
            if (editing == null && !loaded.layouts().isEmpty()) {
                blank.set(loaded.layouts().getFirst());
            } else if (editing != null) {
                // The stored layout differs from the one chosen before (saved fields, day measured): choose it again by id.
                loaded.layouts().stream().filter(l -> l.id().equals(editing.id())).findFirst().ifPresent(blank::set);
            }
        });
        ui.tasks().run(ui.text("certificate.task.printers"),
                progress -> printing.printers(), printers::setAll, error -> printers.clear());
        loadOffset();
    }

    private record Loaded(List<Decision> decisions, List<BlankLayout> layouts) {
    }

    private void loadOffset() {
        String name = printer.get() == null ? "" : printer.get().strip();
        ui.tasks().run(ui.text("certificate.task.load"), progress -> service.offset(name), offset -> {
            offsetX.set(offset.xMm());
            offsetY.set(offset.yMm());
        });
    }

    public void saveOffset() {
        PrinterOffset offset = offset();
        ui.tasks().change(ui.text("certificate.task.saveOffset"), progress -> {
            service.save(offset);
            return offset;
        }, saved -> ui.dialogs().info(ui.text("certificate.offset.saved.title"), ui.text("certificate.offset.saved.text", saved.printer(),
                VietnameseNumbers.decimal(saved.xMm(), 1), VietnameseNumbers.decimal(saved.yMm(), 1))));
    }

    private PrinterOffset offset() {
        return new PrinterOffset(printer.get() == null ? "" : printer.get().strip(), offsetX.get(), offsetY.get());
    }

    /** Writes every certificate of the chosen decision into one PDF (onto the blank as the editor shows it), then says how many. */
    public void export(Path file, Runnable done) {
        Optional<Batch> batch = batch();
        if (batch.isEmpty()) {
            return;
        }
        Decision chosen = batch.get().decision();
        BlankLayout layout = batch.get().layout();
        PrinterOffset offset = offset();
        ui.tasks().run(ui.text("certificate.task.export", chosen.decision().number()),
                progress -> layout == null ? service.writeDesign(chosen, file, progress) : service.writeOnBlanks(chosen, layout, offset, file, progress),
                pages -> {
                    ui.dialogs().info(ui.text("certificate.exported.title"), ui.text("certificate.exported.text", pages, chosen.decision().number(), file));
                    done.run();
                });
    }

    /** What a PDF or a print job holds: the decision, and the blank's layout as edited (null for the full design). */
    private record Batch(Decision decision, BlankLayout layout) {
    }

    /** The batch as the page shows it; empty, after saying why, without a decision or when the edited layout is refused. */
    private Optional<Batch> batch() {
        Decision chosen = decision.get();
        if (chosen == null) {
            ui.dialogs().info(ui.text("certificate.noDecision.title"), ui.text("certificate.noDecision.text"));
            return Optional.empty();
        }
        try {
            return Optional.of(new Batch(chosen, onBlank.get() ? editor.edited() : null));
        } catch (RuntimeException refused) {
            ui.dialogs().error(refused);
            return Optional.empty();
        }
    }

    /** Looks the installed printers up off the FX thread; with none installed, says so instead of asking. */
    public void choosePrinter(Consumer<List<String>> ask) {
        findPrinters(names -> {
            if (names.isEmpty()) {
                sayNoPrinter();
            } else {
                ask.accept(names);
            }
        });
    }

    /** Looks the installed printers up off the FX thread, however many there are (none included). */
    public void findPrinters(Consumer<List<String>> found) {
        ui.tasks().run(ui.text("certificate.task.printers"), progress -> printing.printers(), found);
    }

    /** The one sentence for printing on a computer with no printer installed. */
    public void sayNoPrinter() {
        ui.dialogs().info(ui.text("certificate.print.title"), ui.text("certificate.print.none"));
    }

    /**
     * Prints every certificate of the chosen decision at actual size: the full design, or onto the blank with the
     * printer's offset — the one on the page when it is that printer's, else the one saved for it.
     */
    public void print(String printerName, Runnable done) {
        Optional<Batch> batch = batch();
        if (batch.isEmpty()) {
            return;
        }
        Decision chosen = batch.get().decision();
        BlankLayout layout = batch.get().layout();
        PrinterOffset shown = printerName.equals(printer.get()) ? offset() : null;
        ui.tasks().run(ui.text("certificate.task.print", chosen.decision().number(), printerName), progress -> printing.print(chosen, layout,
                printerName, shown != null ? shown : service.offset(printerName), progress), pages -> {
                    ui.dialogs().info(ui.text("certificate.print.title"), ui.text("certificate.print.done", pages, chosen.decision().number(), printerName));
                    done.run();
                });
    }

    /** A copy of the layout in the editor under a new name, then shown in the editor to be adjusted and saved. */
    public void duplicate(String name) {
        BlankLayout original = editor.layoutProperty().get();
        if (original == null) {
            return;
        }
        ui.tasks().change(ui.text("certificate.task.duplicate"), progress -> service.duplicate(original, name), copy -> {
            layouts.add(copy);
            blank.set(copy);
        });
    }

    /** The layout as edited, or null after saying why the editor's values are refused. */
    private BlankLayout editedOrSay() {
        try {
            return editor.edited();
        } catch (RuntimeException refused) {
            ui.dialogs().error(refused);
            return null;
        }
    }

    /** Writes the calibration page of the layout being edited, with this printer's offset. */
    public void calibration(Path file, Runnable done) {
        BlankLayout layout = editedOrSay();
        if (layout == null) {
            return;
        }
        PrinterOffset offset = offset();
        ui.tasks().run(ui.text("certificate.task.calibration"), progress -> {
            service.writeCalibration(layout, offset, field -> ui.text(field.labelKey()), calibrationNotes(layout, offset), file);
            return file;
        }, written -> {
            ui.dialogs().info(ui.text("certificate.exported.title"), ui.text("certificate.calibration.written", written));
            done.run();
        });
    }

    /**
     * Prints the calibration page of the layout being edited at actual size on the chosen printer, with the offset on
     * the page when it is that printer's, else the one saved for it (as the certificates are printed).
     */
    public void printCalibration(String printerName, Runnable done) {
        BlankLayout layout = editedOrSay();
        if (layout == null) {
            return;
        }
        PrinterOffset shown = printerName.equals(printer.get()) ? offset() : null;
        ui.tasks().run(ui.text("certificate.task.printCalibration", printerName), progress -> {
            PrinterOffset offset = shown != null ? shown : service.offset(printerName);
            return printing.printCalibration(layout, offset, field -> ui.text(field.labelKey()), calibrationNotes(layout, offset), printerName, progress);
        }, pages -> {
            ui.dialogs().info(ui.text("certificate.print.title"), ui.text("certificate.calibration.printed", layout.name(), printerName));
            done.run();
        });
    }

    private List<String> calibrationNotes(BlankLayout layout, PrinterOffset offset) {
        return List.of(ui.text("certificate.calibration.title", layout.name(), offset.printer(),
                VietnameseNumbers.decimal(offset.xMm(), 1), VietnameseNumbers.decimal(offset.yMm(), 1)), ui.text("certificate.calibration.hint"));
    }

    /** "Số 01/QĐ-TrĐ19 ngày 27/11/2026 — 1 tập thể, 3 cá nhân": only the kinds of awardee the decision holds. */
    public String decisionLabel(Decision chosen) {
        return ui.text("certificate.decision.item", chosen.decision().number(), VietnameseDates.shortForm(chosen.date()),
                AwardeeCount.of(chosen, ui.messages()));
    }

    public ObservableList<Decision> decisions() {
        return decisions;
    }

    public ObservableList<BlankLayout> layouts() {
        return layouts;
    }

    public ObservableList<String> printers() {
        return printers;
    }

    public ObjectProperty<Decision> decisionProperty() {
        return decision;
    }

    public ObjectProperty<BlankLayout> blankProperty() {
        return blank;
    }

    public BooleanProperty onBlankProperty() {
        return onBlank;
    }

    public StringProperty printerProperty() {
        return printer;
    }

    public DoubleProperty offsetXProperty() {
        return offsetX;
    }

    public DoubleProperty offsetYProperty() {
        return offsetY;
    }

    public LayoutEditorModel editor() {
        return editor;
    }
}
