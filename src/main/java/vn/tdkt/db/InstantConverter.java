package vn.tdkt.db;

import java.time.Instant;
import org.jooq.impl.AbstractConverter;

/** Instants are stored as ISO-8601 UTC text, which sorts in time order. */
public final class InstantConverter extends AbstractConverter<String, Instant> {
    public InstantConverter() {
        super(String.class, Instant.class);
    }

    @Override
    public Instant from(String text) {
        return text == null || text.isBlank() ? null : Instant.parse(text);
    }

    @Override
    public String to(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
