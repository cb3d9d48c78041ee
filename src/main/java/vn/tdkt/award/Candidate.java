package vn.tdkt.award;

/**
 * A person or unit eligibility considers.
 *
 * @param unitId   a person's unit; a unit's parent (null at the top)
 * @param unitName the name lists show beside a person ("c1 - d1"); a unit's parent's name
 */
public record Candidate(SubjectKind kind, String id, String name, String unitId, String unitName) {
}
