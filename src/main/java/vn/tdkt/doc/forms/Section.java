package vn.tdkt.doc.forms;

import java.util.List;

/** A numbered part of a plan or report: its heading, its paragraphs and its bullet points. */
public record Section(String heading, List<String> paragraphs, List<String> bullets) {
}
