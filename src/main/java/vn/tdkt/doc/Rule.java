package vn.tdkt.doc;

/** A short centred line, e.g. under the subject line of a decision. */
public record Rule(float widthPt) implements Block {
}
