package vn.tdkt.doc;

/** Starts a new page, e.g. before an attached list (appendix). */
public record PageBreak() implements Block {
}
