package vn.tdkt.doc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Builds a {@link Document} block by block in reading order; the forms use it so they read like the form. */
public final class DocumentBuilder {
    private final String title;
    private final String author;
    private PageSetup page = PageSetup.decree30();
    private final List<Block> blocks = new ArrayList<>();

    private DocumentBuilder(String title, String author) {
        this.title = title;
        this.author = author;
    }

    /** A Decree-30 A4 portrait document; {@code title} and {@code author} become its metadata. */
    public static DocumentBuilder create(String title, String author) {
        return new DocumentBuilder(title, author);
    }

    /** A form issued by {@code issuer}: the Decree-30 header with its number (see {@link DecreeHeader}) and date. */
    public static DocumentBuilder issued(String title, Issuer issuer, String number, LocalDate date) {
        return create(title, issuer.unitName()).header(issuer.superiorBody(), issuer.unitName(), number, issuer.place(), date);
    }

    public DocumentBuilder page(PageSetup setup) {
        this.page = setup;
        return this;
    }

    public DocumentBuilder header(String superiorBody, String unitName, String number, String place, LocalDate date) {
        return add(new DecreeHeader(superiorBody, unitName, number, place, date));
    }

    /** The document type in capitals ("TỜ TRÌNH") and its subject lines, with the short rule under them. */
    public DocumentBuilder title(String type, String... subjectLines) {
        add(Paragraph.of(ParagraphStyle.DOC_TYPE, type.toUpperCase(Locale.ROOT)));
        for (String line : subjectLines) {
            add(Paragraph.of(ParagraphStyle.SUBJECT, line));
        }
        float widest = 0;
        for (String line : subjectLines.length == 0 ? new String[] {type} : subjectLines) {
            widest = Math.max(widest, DocumentFonts.width(line, true, false, ParagraphStyle.SUBJECT.size()));
        }
        return add(new Rule(Math.min(widest / 3, 120)));
    }

    /** "Kính gửi: …". */
    public DocumentBuilder addressee(String addressee) {
        return add(Paragraph.of(ParagraphStyle.ADDRESSEE, "Kính gửi: " + addressee));
    }

    /**
     * The grounds ("Căn cứ …", "Xét đề nghị …"), in italics, punctuated as Decree 30 wants: each ends with ";"
     * and the last with ".", whatever the caller's text ended with.
     */
    public DocumentBuilder basis(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).strip().replaceAll("[;,.:]+$", "");
            add(Paragraph.of(ParagraphStyle.BASIS, text + (i == lines.size() - 1 ? "." : ";")));
        }
        return this;
    }

    public DocumentBuilder authority(String text) {
        return add(Paragraph.of(ParagraphStyle.AUTHORITY, text.toUpperCase(Locale.ROOT)));
    }

    public DocumentBuilder heading1(String text) {
        return add(Paragraph.of(ParagraphStyle.HEADING1, text));
    }

    public DocumentBuilder heading2(String text) {
        return add(Paragraph.of(ParagraphStyle.HEADING2, text));
    }

    public DocumentBuilder paragraph(String text) {
        return add(Paragraph.of(ParagraphStyle.BODY, text));
    }

    public DocumentBuilder paragraph(Run... runs) {
        return add(new Paragraph(ParagraphStyle.BODY, Arrays.asList(runs)));
    }

    public DocumentBuilder paragraph(ParagraphStyle style, String text) {
        return add(Paragraph.of(style, text));
    }

    public DocumentBuilder bullets(List<String> items) {
        return add(new ListBlock(false, items.stream().map(item -> List.of(Run.plain(item))).toList()));
    }

    public DocumentBuilder numbered(List<String> items) {
        return add(new ListBlock(true, items.stream().map(item -> List.of(Run.plain(item))).toList()));
    }

    public DocumentBuilder table(Table table) {
        return add(table);
    }

    public DocumentBuilder closing(List<String> recipients, Signature... signatures) {
        return add(new Closing(recipients, Arrays.asList(signatures)));
    }

    /** An appendix page: a new page headed by its title (e.g. "DANH SÁCH") and the note tying it to the document. */
    public DocumentBuilder appendix(String title, String... notes) {
        add(new PageBreak());
        add(Paragraph.of(ParagraphStyle.CENTER_TITLE, title.toUpperCase(Locale.ROOT)));
        for (String note : notes) {
            add(Paragraph.of(ParagraphStyle.NOTE, note));
        }
        return this;
    }

    public DocumentBuilder add(Block block) {
        blocks.add(block);
        return this;
    }

    public Document build() {
        return new Document(title, author, page, blocks);
    }
}
