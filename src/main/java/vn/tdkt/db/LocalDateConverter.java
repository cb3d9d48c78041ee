package vn.tdkt.db;

import java.time.LocalDate;
import org.jooq.impl.AbstractConverter;

/** Dates are stored as ISO text (yyyy-MM-dd) so the file stays readable by any SQLite tool. */
public final class LocalDateConverter extends AbstractConverter<String, LocalDate> {
    public LocalDateConverter() {
        super(String.class, LocalDate.class);
    }

    @Override
    public LocalDate from(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    @Override
    public String to(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
