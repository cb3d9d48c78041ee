package vn.tdkt.award.certificate.ui;

import java.util.List;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.award.certificate.BlankLayout;
import vn.tdkt.award.certificate.CertificateService;
import vn.tdkt.ui.UiContext;

/**
 * The blank's layout being edited: its fields as properties, the one selected, moves in mm kept on the sheet,
 * the scanned blank shown underneath, and saving the whole layout at once.
 */
public final class LayoutEditorModel {
    /** Moves and sizes snap to a tenth of a millimetre: finer than any printer places a line. */
    private static final double GRID_MM = 0.1;
    private final UiContext ui;
    private final CertificateService service;
    private final ReadOnlyObjectWrapper<BlankLayout> layout = new ReadOnlyObjectWrapper<>();
    private final ObservableList<FieldModel> fields = FXCollections.observableArrayList(
            field -> new Observable[] {field.xProperty(), field.yProperty(), field.widthProperty(), field.heightProperty(), field.fontSizeProperty(),
                field.minFontSizeProperty(), field.boldProperty(), field.italicProperty(), field.alignProperty()});
    private final ObjectProperty<FieldModel> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<byte[]> background = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty changed = new SimpleBooleanProperty();
    private boolean loading;

    public LayoutEditorModel(UiContext ui, CertificateService service) {
        this.ui = ui;
        this.service = service;
        fields.addListener((javafx.collections.ListChangeListener<FieldModel>) change -> {
            if (!loading) {
                changed.set(true);
            }
        });
    }

    /** Shows a layout as saved; what was being edited is dropped (the page asks first). */
    public void show(BlankLayout shown) {
        loading = true;
        try {
            layout.set(shown);
            fields.setAll(shown == null ? List.of() : shown.fields().stream().map(FieldModel::new).toList());
            background.set(shown == null ? null : shown.background());
            selected.set(fields.isEmpty() ? null : fields.getFirst());
        } finally {
            loading = false;
        }
        changed.set(false);
    }

    /** Moves a field by the given distance in mm, keeping the whole box on the sheet. */
    public void move(FieldModel field, double dxMm, double dyMm) {
        moveTo(field, field.xProperty().get() + dxMm, field.yProperty().get() + dyMm);
    }

    public void moveTo(FieldModel field, double xMm, double yMm) {
        BlankLayout shown = layout.get();
        field.xProperty().set(snap(clamp(xMm, shown.widthMm() - field.widthProperty().get())));
        field.yProperty().set(snap(clamp(yMm, shown.heightMm() - field.heightProperty().get())));
    }

    private static double clamp(double value, double max) {
        return Math.max(0, Math.min(value, Math.max(0, max)));
    }

    private static double snap(double mm) {
        return Math.round(mm / GRID_MM) / (1 / GRID_MM);
    }

    /** Puts a scanned blank under the fields; null takes it away. Saved with the layout. */
    public void setBackground(byte[] image) {
        background.set(image);
        changed.set(true);
    }

    /** The layout with the fields and background as edited; refuses a box the PDF could not print. */
    public BlankLayout edited() {
        return layout.get().withFields(fields.stream().map(FieldModel::box).toList()).withBackground(background.get());
    }

    /** Saves the layout and shows it as stored. */
    public void save(Runnable done) {
        BlankLayout edited;
        try {
            edited = edited();
        } catch (RuntimeException refused) {
            ui.dialogs().error(refused);
            return;
        }
        ui.tasks().change(ui.text("certificate.task.saveLayout"), progress -> {
            service.save(edited);
            return service.layout(edited.code());
        }, saved -> {
            show(saved);
            done.run();
        });
    }

    public ReadOnlyObjectProperty<BlankLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ObservableList<FieldModel> fields() {
        return fields;
    }

    public ObjectProperty<FieldModel> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<byte[]> backgroundProperty() {
        return background.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty changedProperty() {
        return changed;
    }
}
