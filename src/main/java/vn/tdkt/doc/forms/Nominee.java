package vn.tdkt.doc.forms;

/** A person or collective on a proposal or a decision list. */
public record Nominee(String name, String rank, String positionAndUnit, String summary, String goldBookNumber, long bonus, String note) {
}
