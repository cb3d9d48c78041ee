package vn.tdkt.plan;

import java.nio.file.Path;
import java.util.List;

/**
 * What importing a registration workbook would do, shown before anything is written: rows that add or
 * change a registration, rows already as recorded, rows left blank (nobody registered yet), and rows refused with the reason.
 */
public record RegistrationImport(Path file, List<Change> changes, int unchanged, int blankRows, List<vn.tdkt.org.Rejection> rejections) {
    public RegistrationImport {
        changes = List.copyOf(changes);
        rejections = List.copyOf(rejections);
    }

    /** One registration to add ({@code update} false) or to change, from spreadsheet row {@code row}. */
    public record Change(int row, String name, String unitCode, Registration registration, boolean update) {
    }

    public long additions() {
        return changes.stream().filter(c -> !c.update()).count();
    }

    public long updates() {
        return changes.stream().filter(Change::update).count();
    }

    /** Every row with a registration was refused: the import would do nothing useful. */
    public boolean allRefused() {
        return changes.isEmpty() && unchanged == 0 && !rejections.isEmpty();
    }
}
