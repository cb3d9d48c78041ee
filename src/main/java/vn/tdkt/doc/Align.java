package vn.tdkt.doc;

/** Horizontal alignment of a paragraph or a table cell. */
public enum Align {
    LEFT, CENTER, RIGHT, JUSTIFY
}
