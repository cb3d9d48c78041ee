package vn.tdkt.doc;

import java.util.List;

/** A paragraph of runs in one of the forms' styles. */
public record Paragraph(ParagraphStyle style, List<Run> runs) implements Block {
    public Paragraph {
        runs = List.copyOf(runs);
    }

    public static Paragraph of(ParagraphStyle style, String text) {
        return new Paragraph(style, List.of(Run.plain(text)));
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
