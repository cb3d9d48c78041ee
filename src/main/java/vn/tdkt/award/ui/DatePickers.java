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
        picker.setPrefWidth(130);
        return picker;
    }
}
