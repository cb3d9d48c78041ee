package vn.tdkt.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its items; the boxes are not editable, so text is never read back. */
public final class DisplayConverter {
    private DisplayConverter() {
    }

    public static <T> StringConverter<T> of(Function<T, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : show.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }
}
