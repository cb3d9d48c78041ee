package vn.tdkt.award;

/** The yearly phân loại of a person or unit. */
public record Classification(SubjectKind subjectKind, String subjectId, int year, Grade grade) {
}
