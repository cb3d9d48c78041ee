package vn.tdkt.org;

/** The officer's answer for a "cần xem lại" row: a new person ("người mới"), or an update of one person ("cập nhật người này"). */
public record ReviewDecision(String personId) {
    public static ReviewDecision newPerson() {
        return new ReviewDecision(null);
    }

    public static ReviewDecision update(String personId) {
        return new ReviewDecision(java.util.Objects.requireNonNull(personId));
    }

    public boolean isNew() {
        return personId == null;
    }
}
