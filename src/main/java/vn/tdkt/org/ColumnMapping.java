package vn.tdkt.org;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/** Which roster field each column of the sheet feeds; null for a column that is ignored (STT, signatures…). */
public record ColumnMapping(List<RosterField> fields) {
    public ColumnMapping {
        fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }

    public RosterField field(int column) {
        return column < fields.size() ? fields.get(column) : null;
    }

    public Optional<Integer> column(RosterField field) {
        int index = fields.indexOf(field);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    public boolean hasUnitColumn() {
        return fields.stream().anyMatch(f -> f != null && f.namesUnit());
    }

    /** A copy with one column mapped to another field (null: ignored); a field maps from one column only. */
    public ColumnMapping with(int column, RosterField field) {
        List<RosterField> changed = new ArrayList<>(fields);
        if (field != null) {
            changed.replaceAll(f -> f == field ? null : f);
        }
        changed.set(column, field);
        return new ColumnMapping(changed);
    }
}
