package vn.tdkt.award.ui;

import java.time.LocalDate;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import vn.tdkt.core.VietnameseDates;

/** Date pickers showing and reading dates the Vietnamese way (dd/mm/yyyy). */
final class DatePickers {
    private DatePickers() {
    }

    static DatePicker vietnamese(LocalDate initial) {
        DatePicker picker = new DatePicker(initial);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate value) {
                return VietnameseDates.shortForm(value);
            }

            @Override
            public LocalDate fromString(String text) {
                return VietnameseDates.parse(text).map(VietnameseDates.Parsed::date).orElse(null);
            }
        });
        // Never narrower than dd/MM/yyyy and its button: squeezed in a full row at 1280 px, "30/11/2026" showed as "30/11/20".
        picker.setPrefWidth(140);
        picker.setMinWidth(140);
        return picker;
    }
}
