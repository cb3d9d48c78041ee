package vn.tdkt.scoring;

/** A cell as the user or a sheet wants it: value null clears it, note null removes the note. */
public record CellChange(String memberId, String criterionId, Double value, String note) {
}
