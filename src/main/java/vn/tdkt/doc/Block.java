package vn.tdkt.doc;

/** One thing on the page, in reading order. Both renderers handle every kind. */
public sealed interface Block permits DecreeHeader, Paragraph, ListBlock, Table, Rule, Closing, PageBreak {
}
