package vn.tdkt.award.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

/** A read-only text column, the kind every table of the page is made of. */
final class Columns {
    private Columns() {
    }

    static <T> TableColumn<T, String> text(String header, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(header);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
