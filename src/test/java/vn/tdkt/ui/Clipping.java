package vn.tdkt.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.text.Text;

/**
 * What the officer cannot read in full: texts JavaFX shortened with "…" because their cell or label was too narrow.
 * Compares each labelled control's text with the text its skin actually drew.
 */
public final class Clipping {
    private Clipping() {
    }

    /** The full texts, under {@code root}, drawn shortened. Run on the FX thread after layout. */
    public static List<String> elided(Node root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    /** The texts of one column's header and cells drawn shortened. Run on the FX thread after layout. */
    public static List<String> elided(TableView<?> table, int column) {
        TableColumn<?, ?> wanted = table.getColumns().get(column);
        List<String> cut = new ArrayList<>();
        for (Node node : table.lookupAll(".table-cell")) {
            if (node instanceof TableCell<?, ?> cell && cell.getTableColumn() == wanted) {
                collect(cell, cut);
            }
        }
        for (Node node : table.lookupAll(".column-header")) {
            if (node instanceof TableColumnHeader header && header.getTableColumn() == wanted) {
                collect(header, cut);
            }
        }
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && labeled.lookup(".text") instanceof Text drawn && !drawn.getText().equals(labeled.getText())) {
            cut.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }
}
