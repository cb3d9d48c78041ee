package vn.tdkt.org.ui;

import java.io.File;
import java.util.List;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.org.Unit;
import vn.tdkt.org.RosterImporter;
import vn.tdkt.ui.UiContext;

/** Starting an Excel import or export from the roster page, and the name an export file is offered. */
final class RosterFiles {
    private final UiContext ui;
    private final RosterViewModel model;
    private final RosterImporter importer;

    RosterFiles(UiContext ui, RosterViewModel model, RosterImporter importer) {
        this.ui = ui;
        this.model = model;
        this.importer = importer;
    }

    void importExcel(Window owner) {
        new ImportWizard(ui, importer, owner, model::load).start(List.copyOf(model.unitTree()), model.selectedUnitProperty().get());
    }

    void exportExcel(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("roster.action.export"));
        chooser.setInitialFileName(exportName(model.selectedUnitProperty().get(), model.letterheadCode()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.export(file.toPath(), () -> { });
        }
    }

    /** "Quan-so-c1.xlsx" for a unit, the letterhead's short code for the whole roster, "Quan-so-don-vi.xlsx" without either. */
    static String exportName(Unit unit, String letterheadCode) {
        String base = unit == null ? letterheadCode : unit.code();
        return VietnameseText.fileSafe("Quan-so-" + (base == null || base.isEmpty() ? "don-vi" : base)) + ".xlsx";
    }
}
