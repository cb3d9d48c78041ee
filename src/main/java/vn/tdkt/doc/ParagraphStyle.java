package vn.tdkt.doc;

/**
 * The paragraph looks the forms use, with Decree 30's sizes. Both renderers take every property from
 * here, so Word and PDF agree; the DOCX renderer turns each into a named Word style the officer can edit.
 */
public enum ParagraphStyle {
    BODY("BodyText", "Body Text", 14, false, false, Align.JUSTIFY, true, 0, 6, false),
    BASIS("Basis", "Căn cứ", 14, false, true, Align.JUSTIFY, true, 0, 6, false),
    DOC_TYPE("DocType", "Tên loại văn bản", 14, true, false, Align.CENTER, false, 18, 0, true),
    SUBJECT("Subject", "Trích yếu", 14, true, false, Align.CENTER, false, 0, 2, true),
    ADDRESSEE("Addressee", "Kính gửi", 14, false, false, Align.CENTER, false, 12, 12, true),
    AUTHORITY("Authority", "Thẩm quyền ban hành", 14, true, false, Align.CENTER, false, 6, 6, true),
    HEADING1("Heading1", "heading 1", 14, true, false, Align.JUSTIFY, true, 6, 6, true),
    HEADING2("Heading2", "heading 2", 14, true, false, Align.JUSTIFY, true, 6, 6, true),
    CENTER_TITLE("CenterTitle", "Tiêu đề phụ lục", 14, true, false, Align.CENTER, false, 0, 0, true),
    NOTE("Note", "Ghi chú phụ lục", 14, false, true, Align.CENTER, false, 0, 12, true),
    LIST_ITEM("ListParagraph", "List Paragraph", 14, false, false, Align.JUSTIFY, false, 0, 6, false),
    PLAIN("PlainText", "Plain Text", 14, false, false, Align.LEFT, false, 0, 6, false),
    /** "Nơi nhận:" in the closing. */
    RECIPIENTS_LABEL("RecipientsLabel", "Nơi nhận", 12, true, true, Align.LEFT, false, 0, 0, false),
    /** A line of the Nơi nhận list ("- Lưu: VT, CT."). */
    RECIPIENT("Recipient", "Nơi nhận - danh sách", 11, false, false, Align.LEFT, false, 0, 0, false),
    /** The signer's TM./KT. line, title and name. */
    SIGNATURE("Signature", "Chữ ký", 14, true, false, Align.CENTER, false, 0, 0, false);

    private final String styleId;
    private final String styleName;
    private final float size;
    private final boolean bold;
    private final boolean italic;
    private final Align align;
    private final boolean firstLineIndent;
    private final float spaceBefore;
    private final float spaceAfter;
    private final boolean keepWithNext;

    ParagraphStyle(String styleId, String styleName, float size, boolean bold, boolean italic, Align align,
                   boolean firstLineIndent, float spaceBefore, float spaceAfter, boolean keepWithNext) {
        this.styleId = styleId;
        this.styleName = styleName;
        this.size = size;
        this.bold = bold;
        this.italic = italic;
        this.align = align;
        this.firstLineIndent = firstLineIndent;
        this.spaceBefore = spaceBefore;
        this.spaceAfter = spaceAfter;
        this.keepWithNext = keepWithNext;
    }

    /** Decree 30: first-line indent 1–1.27 cm. */
    public static final double FIRST_LINE_INDENT_MM = 12.7;

    /**
     * Word's "single" line for Times New Roman (ascent + descent + line gap) is 1.149 of the size; the PDF
     * uses it as a fixed leading so both break pages at the same lines.
     */
    public static final float LINE_HEIGHT = 1.149f;

    /**
     * The height of one line of text of this size as the word processors lay it out: they count in whole twips
     * (1/20 pt), so 14 pt text takes 16.1 pt, not 16.086. Over a page of 40 lines the difference is half a point,
     * enough for LibreOffice to fit a line our PDF moved on.
     */
    public static float lineHeight(float size) {
        return Math.round(size * LINE_HEIGHT * 20) / 20f;
    }

    public String styleId() {
        return styleId;
    }

    public String styleName() {
        return styleName;
    }

    public float size() {
        return size;
    }

    public boolean bold() {
        return bold;
    }

    public boolean italic() {
        return italic;
    }

    public Align align() {
        return align;
    }

    public boolean firstLineIndent() {
        return firstLineIndent;
    }

    public float spaceBefore() {
        return spaceBefore;
    }

    public float spaceAfter() {
        return spaceAfter;
    }

    public boolean keepWithNext() {
        return keepWithNext;
    }

    /** A paragraph kept with the next is also kept whole: a heading or title never breaks across pages. */
    public boolean keepLines() {
        return keepWithNext;
    }
}
