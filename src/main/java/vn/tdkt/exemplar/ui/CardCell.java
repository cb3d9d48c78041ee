package vn.tdkt.exemplar.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.exemplar.Card;
import vn.tdkt.ui.UiContext;

/** One card of the board: who, which unit and field, the subordinate that sent it when received, and why it has stalled when it has. */
final class CardCell extends ListCell<Card> {
    private final UiContext ui;

    CardCell(UiContext ui) {
        this.ui = ui;
        // As wide as the column, never wider: the card's lines then wrap instead of running under the column's edge.
        setPrefWidth(0);
    }

    /**
     * The card's height at the width it is given, measured with its styles applied: the list measures cells
     * before their new lines are styled, which gave wrapped lines too little room and they ran over the next card.
     */
    @Override
    protected double computePrefHeight(double width) {
        if (getGraphic() instanceof Region card && width > 0) {
            card.applyCss();
            return snappedTopInset() + card.prefHeight(width - snappedLeftInset() - snappedRightInset()) + snappedBottomInset();
        }
        return super.computePrefHeight(width);
    }

    @Override
    protected void updateItem(Card card, boolean empty) {
        super.updateItem(card, empty);
        if (empty || card == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        Label name = new Label(card.subjectName());
        name.getStyleClass().add("text-bold");
        Label where = new Label(card.unitName() + " · " + card.field());
        where.getStyleClass().add("text-muted");
        VBox box = new VBox(2, name, where);
        if (card.received()) {
            Label received = new Label(ui.text("exemplar.received.card", card.receivedFrom()));
            received.setGraphic(new FontIcon(Material2MZ.MOVE_TO_INBOX));
            received.getStyleClass().add("accent");
            box.getChildren().add(received);
        }
        if (card.stalled()) {
            Label flag = new Label(card.overdueMilestones() > 0 ? ui.text("exemplar.flag.overdue", card.overdueMilestones()) : ui.text("exemplar.flag.noCheck"));
            flag.getStyleClass().add("danger");
            box.getChildren().add(flag);
        }
        if (card.ready()) {
            Label ready = new Label(ui.text("exemplar.flag.ready"));
            ready.getStyleClass().add("success");
            box.getChildren().add(ready);
        }
        box.setMaxWidth(Double.MAX_VALUE);
        // Each line wraps; the theme would hold a label to one line's height, so each gets at least its wrapped height.
        for (Node child : box.getChildren()) {
            Label line = (Label) child;
            line.setWrapText(true);
            line.setMinHeight(Region.USE_PREF_SIZE);
        }
        setText(null);
        setGraphic(box);
    }
}
