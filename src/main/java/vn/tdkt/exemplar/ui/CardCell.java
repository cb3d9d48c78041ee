package vn.tdkt.exemplar.ui;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.VBox;
import vn.tdkt.exemplar.Card;
import vn.tdkt.ui.UiContext;

/** One card of the board: who, which unit and field, and why it has stalled when it has. */
final class CardCell extends ListCell<Card> {
    private final UiContext ui;

    CardCell(UiContext ui) {
        this.ui = ui;
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
        where.setWrapText(true);
        VBox box = new VBox(2, name, where);
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
        setText(null);
        setGraphic(box);
    }
}
