package vn.tdkt.org;

/**
 * A row the import will write: added as a new person, or merged into {@code existingId} (the same
 * identifier, or the same canonical name and birth date, or the person the officer chose). {@code unitFromFile} is true when the sheet's own unit column chose the unit.
 */
public record ImportRow(int row, PersonDetails details, String unitId, boolean unitFromFile, String existingId) {
    public boolean update() {
        return existingId != null;
    }
}
