package vn.tdkt.award.certificate.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import vn.tdkt.award.certificate.CertificateField;
import vn.tdkt.award.certificate.FieldBox;
import vn.tdkt.doc.Align;

/** One field of the layout being edited, in mm and points, as properties the editor's box and panel follow. */
public final class FieldModel {
    private final CertificateField field;
    private final DoubleProperty x = new SimpleDoubleProperty();
    private final DoubleProperty y = new SimpleDoubleProperty();
    private final DoubleProperty width = new SimpleDoubleProperty();
    private final DoubleProperty height = new SimpleDoubleProperty();
    private final DoubleProperty fontSize = new SimpleDoubleProperty();
    private final DoubleProperty minFontSize = new SimpleDoubleProperty();
    private final BooleanProperty bold = new SimpleBooleanProperty();
    private final BooleanProperty italic = new SimpleBooleanProperty();
    private final ObjectProperty<Align> align = new SimpleObjectProperty<>();

    FieldModel(FieldBox box) {
        field = box.field();
        x.set(box.xMm());
        y.set(box.yMm());
        width.set(box.widthMm());
        height.set(box.heightMm());
        fontSize.set(box.fontSize());
        minFontSize.set(box.minFontSize());
        bold.set(box.bold());
        italic.set(box.italic());
        align.set(box.align());
    }

    /** The box as it stands; refuses, with the field's name, a size the PDF could not print. */
    public FieldBox box() {
        return new FieldBox(field, x.get(), y.get(), width.get(), height.get(), fontSize.get(), minFontSize.get(), bold.get(), italic.get(), align.get());
    }

    public CertificateField field() {
        return field;
    }

    public DoubleProperty xProperty() {
        return x;
    }

    public DoubleProperty yProperty() {
        return y;
    }

    public DoubleProperty widthProperty() {
        return width;
    }

    public DoubleProperty heightProperty() {
        return height;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    public DoubleProperty minFontSizeProperty() {
        return minFontSize;
    }

    public BooleanProperty boldProperty() {
        return bold;
    }

    public BooleanProperty italicProperty() {
        return italic;
    }

    public ObjectProperty<Align> alignProperty() {
        return align;
    }
}
