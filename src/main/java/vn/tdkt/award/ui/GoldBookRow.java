package vn.tdkt.award.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import vn.tdkt.award.Vote;

/** A nominee of the Tờ trình about to be decided, with the số sổ vàng the officer gives them. */
public final class GoldBookRow {
    private final Vote nominee;
    private final StringProperty number = new SimpleStringProperty("");

    GoldBookRow(Vote nominee) {
        this.nominee = nominee;
    }

    public Vote nominee() {
        return nominee;
    }

    public StringProperty numberProperty() {
        return number;
    }
}
