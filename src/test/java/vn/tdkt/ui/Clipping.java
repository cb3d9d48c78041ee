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
 * What the officer cannot read in full: texts JavaFX shortened with "…" because their cell or label was too narrow,
 * or wrapped with a word split between lines. Compares each labelled control's text with the text its skin drew.
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

    /**
     * The control's own text, a child of its skin beside the graphic: a lookup would also find the text of a check box
     * in the graphic, and an icon font's glyph is a Text too.
     */
    private static Node drawn(Labeled labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(child -> child instanceof Text && child != labeled.getGraphic())
                .findFirst().orElse(null);
    }

    /** A wrapped text with a word wider than its lines, which JavaFX breaks between letters ("Nă" over "m"). */
    private static boolean brokenWord(Text drawn) {
        if (drawn.getWrappingWidth() <= 0) {
            return false;
        }
        for (String word : drawn.getText().split("\\s+")) {
            Text alone = new Text(word);
            alone.setFont(drawn.getFont());
            if (alone.getLayoutBounds().getWidth() > drawn.getWrappingWidth() + 0.5) {
                return true;
            }
        }
        return false;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isBlank()
                && drawn(labeled) instanceof Text drawn
                && (!drawn.getText().equals(labeled.getText()) || brokenWord(drawn))) {
            cut.add(labeled.getText());
        }
        if (node instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(child -> collect(child, cut));
        }
    }
}
