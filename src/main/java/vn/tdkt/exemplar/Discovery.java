package vn.tdkt.exemplar;

import java.time.LocalDate;
import java.util.List;

/**
 * What the officer records on phát hiện. Exactly one of {@code personId} (an individual) and
 * {@code unitId} (a collective) is set.
 */
public record Discovery(String personId, String unitId, String field, String reason, String discoveredBy,
                        LocalDate discoveredOn, List<String> traits) {
    public Discovery {
        traits = traits == null ? List.of() : List.copyOf(traits);
    }

    public static Discovery ofPerson(String personId, String field, String reason, String discoveredBy, LocalDate on, List<String> traits) {
        return new Discovery(personId, null, field, reason, discoveredBy, on, traits);
    }

    public static Discovery ofUnit(String unitId, String field, String reason, String discoveredBy, LocalDate on, List<String> traits) {
        return new Discovery(null, unitId, field, reason, discoveredBy, on, traits);
    }
}
