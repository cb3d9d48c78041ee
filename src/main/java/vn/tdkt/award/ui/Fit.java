package vn.tdkt.award.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels and buttons of a form keep their whole text: the fields beside them give up width first. */
final class Fit {
    private Fit() {
    }

    static void labels(Parent form) {
        for (Node node : form.getChildrenUnmodifiable()) {
            if (node instanceof Label || node instanceof Button || node instanceof CheckBox) {
                ((Region) node).setMinWidth(Region.USE_PREF_SIZE);
            }
        }
    }
}
