package vn.tdkt.doc;

import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.PdfEncodings;
import com.itextpdf.kernel.font.PdfFont;
import com.itextpdf.kernel.font.PdfFontFactory;
import com.itextpdf.kernel.geom.PageSize;
import com.itextpdf.kernel.pdf.PdfAConformance;
import com.itextpdf.kernel.pdf.PdfOutputIntent;
import com.itextpdf.kernel.pdf.PdfWriter;
import com.itextpdf.kernel.pdf.canvas.draw.SolidLine;
import com.itextpdf.layout.borders.Border;
import com.itextpdf.layout.borders.SolidBorder;
import com.itextpdf.layout.element.AreaBreak;
import com.itextpdf.layout.element.Div;
import com.itextpdf.layout.element.LineSeparator;
import com.itextpdf.layout.element.List;
import com.itextpdf.layout.element.ListItem;
import com.itextpdf.layout.element.Text;
import com.itextpdf.layout.layout.LayoutArea;
import com.itextpdf.layout.properties.AreaBreakType;
import com.itextpdf.layout.properties.HorizontalAlignment;
import com.itextpdf.layout.properties.ListNumberingType;
import com.itextpdf.layout.properties.ParagraphOrphansControl;
import com.itextpdf.layout.properties.ParagraphWidowsControl;
import com.itextpdf.layout.properties.TextAlignment;
import com.itextpdf.layout.properties.UnitValue;
import com.itextpdf.layout.properties.VerticalAlignment;
import com.itextpdf.pdfa.PdfADocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Renders a {@link Document} to PDF/A-2b with iText: Liberation Serif embedded, the JDK's sRGB profile as
 * output intent, title and author in the XMP metadata, so the file can go into an electronic archive as it is.
 */
public final class PdfRenderer {
    private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    private static final float RULE_THICKNESS = 0.75f;
    /** Below the rule under a title; the .docx gives its rule paragraph the same space after. */
    private static final float RULE_SPACE_AFTER = 6;
    private static final float CELL_PADDING_X = 4f;
    private static final float CELL_PADDING_Y = 1.5f;

    public byte[] render(Document document) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PdfOutputIntent intent = new PdfOutputIntent("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1", new ByteArrayInputStream(SRGB));
        PdfADocument pdf = new PdfADocument(new PdfWriter(bytes), PdfAConformance.PDF_A_2B, intent);
        pdf.getDocumentInfo().setTitle(document.title()).setAuthor(document.author()).setCreator("TĐKT Desktop");
        PageSetup setup = document.page();
        PageSize size = new PageSize(PageSetup.points(setup.widthMm()), PageSetup.points(setup.heightMm()));
        try (com.itextpdf.layout.Document layout = new com.itextpdf.layout.Document(pdf, size, false)) {
            layout.setMargins(PageSetup.points(setup.topMm()), PageSetup.points(setup.rightMm()),
                    PageSetup.points(setup.bottomMm()), PageSetup.points(setup.leftMm()));
            Pass pass = new Pass(layout, (float) PageSetup.points(setup.textWidthMm()));
            for (Block block : document.blocks()) {
                pass.add(block);
            }
            pass.flush();
            pass.pageNumbers(size);
        }
        return bytes.toByteArray();
    }

    /**
     * One rendering: the layout document and its own font objects (a PDF cannot share them with another).
     * The parsed font programs beneath them come from iText's font cache: parsing them is most of the
     * time a short document takes.
     */
    private static final class Pass {
        private final com.itextpdf.layout.Document layout;
        private final float textWidth;
        private final PdfFont[] fonts = new PdfFont[4];
        /**
         * The text blocks just read, held back until the next block shows whether a closing follows that must
         * stay with them: the last one, and the headings kept with it.
         */
        private final java.util.List<Block> held = new java.util.ArrayList<>();
        /** The space below the block just added when it is a paragraph or a rule; 0 after a table or list (see {@link #topLevel}). */
        private float spaceAbove;

        Pass(com.itextpdf.layout.Document layout, float textWidth) {
            this.layout = layout;
            this.textWidth = textWidth;
            layout.setFont(font(false, false));
        }

        PdfFont font(boolean bold, boolean italic) {
            int face = DocumentFonts.face(bold, italic);
            if (fonts[face] == null) {
                try {
                    fonts[face] = PdfFontFactory.createFont(FontProgramFactory.createFont(DocumentFonts.bytes(bold, italic), true),
                            PdfEncodings.IDENTITY_H, PdfFontFactory.EmbeddingStrategy.FORCE_EMBEDDED);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return fonts[face];
        }

        /**
         * Adds the block, holding back text blocks until the next block shows whether a closing follows: the
         * signature then keeps with the text before it (and the headings before that), as Word's keep-with-next does.
         */
        void add(Block block) {
            boolean text = block instanceof Paragraph || block instanceof ListBlock || block instanceof Table;
            if (block instanceof Closing closing && !held.isEmpty()) {
                keepWithClosing(closing);
            } else if (text && !held.isEmpty() && held.getLast() instanceof Paragraph last && last.style().keepWithNext()) {
                held.add(block);
            } else {
                flush();
                if (text) {
                    held.add(block);
                } else {
                    addNow(block);
                }
            }
        }

        void flush() {
            for (int i = 0; i < held.size(); i++) {
                addNow(held.get(i), held.subList(i + 1, held.size()));
            }
            held.clear();
        }

        /**
         * The closing with what Word moves along with it: the last paragraph whole, a list's last item, a table
         * whole (Word keeps its rows with the next paragraph), and any headings kept with them.
         */
        private void keepWithClosing(Closing closing) {
            Div kept = new Div().setKeepTogether(true);
            Block last = held.getLast();
            if (last instanceof ListBlock list && list.items().size() > 1) {
                // Word keeps only a list's last item with the closing; the headings before the list stay with its first item.
                held.subList(0, held.size() - 1).forEach(this::addNow);
                int cut = list.items().size() - 1;
                layout.add(list(new ListBlock(list.numbered(), list.items().subList(0, cut)), 1).setMarginBottom(0));
                kept.add(list(new ListBlock(list.numbered(), list.items().subList(cut, cut + 1)), cut + 1));
            } else {
                if (held.getFirst() instanceof Paragraph first && first.style().keepWithNext()) {
                    keepWithNextLines(first, held.subList(1, held.size()));
                }
                for (Block block : held) {
                    switch (block) {
                        case Paragraph paragraph -> kept.add(topLevel(paragraph));
                        case ListBlock list -> kept.add(list(list, 1));
                        case Table table -> kept.add(table(table));
                        default -> throw new IllegalStateException("only text blocks are held: " + block);
                    }
                }
            }
            held.clear();
            layout.add(kept.add(closing(closing)));
            spaceAbove = 0;
        }

        /**
         * A paragraph of the body. Word and LibreOffice put the larger of one paragraph's space after and the
         * next one's space before between them, not both; so does the PDF.
         */
        private com.itextpdf.layout.element.Paragraph topLevel(Paragraph paragraph) {
            com.itextpdf.layout.element.Paragraph out = paragraph(paragraph)
                    .setMarginTop(Math.max(0, paragraph.style().spaceBefore() - spaceAbove));
            spaceAbove = paragraph.style().spaceAfter();
            return out;
        }

        private void addNow(Block block) {
            addNow(block, java.util.List.of());
        }

        /** {@code after}: the blocks held after this one, which a heading keeps with. */
        private void addNow(Block block, java.util.List<Block> after) {
            switch (block) {
                case DecreeHeader header -> layout.add(header(header));
                case Paragraph paragraph -> {
                    if (paragraph.style().keepWithNext()) {
                        keepWithNextLines(paragraph, after);
                    }
                    layout.add(topLevel(paragraph));
                    return;
                }
                case ListBlock list -> layout.add(list(list, 1));
                case Table table -> layout.add(table(table));
                case Rule rule -> {
                    layout.add(rule(rule.widthPt()).setMarginBottom(RULE_SPACE_AFTER));
                    spaceAbove = RULE_SPACE_AFTER;
                    return;
                }
                case Closing closing -> layout.add(closing(closing));
                case PageBreak ignored -> layout.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
            }
            spaceAbove = 0;
        }

        /**
         * Word keeps a heading with the first two lines of what follows, or with a table's first rows (its
         * header and first row, which never split); iText's own keep-with-next would move the whole next
         * paragraph or table and leave half a page empty. So break before the heading when it and those no
         * longer fit, which is what Word does. Headings in a row ("3. …", "III. …", "1. …" before a table) keep with
         * each other too, so the first of them breaks when the whole run and what follows it do not fit.
         */
        private void keepWithNextLines(Paragraph heading, java.util.List<Block> after) {
            LayoutArea area = layout.getRenderer().getCurrentArea();
            if (area == null) {
                return;
            }
            ParagraphStyle style = heading.style();
            float needed = height(heading);
            Block next = null;
            for (Block block : after) {
                if (block instanceof Paragraph kept && kept.style().keepWithNext()) {
                    needed += height(kept);
                } else {
                    next = block;
                    break;
                }
            }
            needed += next instanceof Table table ? firstRowsHeight(table) : 2 * ParagraphStyle.BODY.size() * ParagraphStyle.LINE_HEIGHT;
            float pageTop = layout.getPdfDocument().getDefaultPageSize().getHeight() - layout.getTopMargin();
            boolean atPageTop = area.getBBox().getTop() >= pageTop - 1;
            if (!atPageTop && area.getBBox().getHeight() < needed) {
                layout.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                // Word and LibreOffice drop the space before a paragraph that a page break puts at the top of a page.
                spaceAbove = Math.max(spaceAbove, style.spaceBefore());
            }
        }

        /** A heading's lines with the space around it. */
        private float height(Paragraph heading) {
            ParagraphStyle style = heading.style();
            float indent = style.firstLineIndent() ? PageSetup.points(ParagraphStyle.FIRST_LINE_INDENT_MM) : 0;
            int lines = (int) Math.ceil((DocumentFonts.width(heading.text(), style.bold(), style.italic(), style.size()) + indent) / textWidth);
            return style.spaceBefore() + Math.max(1, lines) * style.size() * ParagraphStyle.LINE_HEIGHT + style.spaceAfter();
        }

        /** The height of a table's header rows and first row with the space after it, laid out as iText will place them. */
        private float firstRowsHeight(Table table) {
            int rows = Math.min(table.rows().size(), table.headerRows() + 1);
            Table first = new Table(table.widths(), table.headerRows(), table.rows().subList(0, rows), table.fontSize());
            com.itextpdf.layout.renderer.IRenderer renderer = table(first).createRendererSubTree().setParent(layout.getRenderer());
            com.itextpdf.layout.layout.LayoutResult result = renderer.layout(new com.itextpdf.layout.layout.LayoutContext(
                    new LayoutArea(1, new com.itextpdf.kernel.geom.Rectangle(textWidth, 10_000))));
            return result.getOccupiedArea().getBBox().getHeight();
        }

        /** Decree 30: page numbers centred at the top, from page 2. */
        void pageNumbers(PageSize size) {
            int pages = layout.getPdfDocument().getNumberOfPages();
            float y = size.getHeight() - PageSetup.points(PageSetup.PAGE_NUMBER_FROM_TOP_MM);
            float x = layout.getLeftMargin() + textWidth / 2;
            for (int page = 2; page <= pages; page++) {
                layout.showTextAligned(line(Integer.toString(page), 13, false, false, TextAlignment.CENTER), x, y, page,
                        TextAlignment.CENTER, VerticalAlignment.TOP, 0);
            }
        }

        private com.itextpdf.layout.element.Paragraph line(String text, float size, boolean bold, boolean italic, TextAlignment align) {
            return new com.itextpdf.layout.element.Paragraph(new Text(text).setFont(font(bold, italic)))
                    .setFontSize(size).setTextAlignment(align).setMargin(0).setFixedLeading(size * ParagraphStyle.LINE_HEIGHT);
        }

        private LineSeparator rule(float width) {
            LineSeparator rule = new LineSeparator(new SolidLine(RULE_THICKNESS));
            rule.setWidth(width).setHorizontalAlignment(HorizontalAlignment.CENTER).setMarginTop(3);
            return rule;
        }

        private com.itextpdf.layout.element.Table header(DecreeHeader header) {
            float left = textWidth * DecreeHeader.LEFT_SHARE;
            com.itextpdf.layout.element.Table table = new com.itextpdf.layout.element.Table(new float[] {left, textWidth - left});
            table.setWidth(textWidth).setFixedLayout().setMarginBottom(6);
            table.addCell(bare().add(line(header.superiorLine(), DecreeHeader.UNIT_SIZE, false, false, TextAlignment.CENTER))
                    .add(line(header.unitLine(), DecreeHeader.UNIT_SIZE, true, false, TextAlignment.CENTER))
                    .add(rule(header.unitRuleWidth())));
            table.addCell(bare().add(line(DecreeHeader.NATIONAL_TITLE, DecreeHeader.NATIONAL_TITLE_SIZE, true, false, TextAlignment.CENTER))
                    .add(line(DecreeHeader.MOTTO, DecreeHeader.MOTTO_SIZE, true, false, TextAlignment.CENTER))
                    .add(rule(DecreeHeader.mottoRuleWidth())));
            table.addCell(bare().setPaddingTop(6).add(line(header.numberLine(), DecreeHeader.UNIT_SIZE, false, false, TextAlignment.CENTER)));
            table.addCell(bare().setPaddingTop(6).add(line(header.placeAndDate(), DecreeHeader.DATE_SIZE, false, true, TextAlignment.CENTER)));
            return table;
        }

        private com.itextpdf.layout.element.Cell bare() {
            com.itextpdf.layout.element.Cell cell = new com.itextpdf.layout.element.Cell();
            cell.setBorder(Border.NO_BORDER).setPadding(0);
            return cell;
        }

        private com.itextpdf.layout.element.Paragraph paragraph(Paragraph paragraph) {
            ParagraphStyle style = paragraph.style();
            com.itextpdf.layout.element.Paragraph out = runs(paragraph.runs(), style.bold(), style.italic())
                    .setFontSize(style.size()).setTextAlignment(align(style.align()))
                    .setMarginTop(style.spaceBefore()).setMarginBottom(style.spaceAfter())
                    .setFixedLeading(style.size() * ParagraphStyle.LINE_HEIGHT);
            if (style.firstLineIndent()) {
                out.setFirstLineIndent(PageSetup.points(ParagraphStyle.FIRST_LINE_INDENT_MM));
            }
            // Word's widow control: no single line of a paragraph alone at the foot or the top of a page.
            out.setOrphansControl(new ParagraphOrphansControl(2));
            out.setWidowsControl(new ParagraphWidowsControl(2, 1, false));
            if (style.keepLines()) {
                out.setKeepTogether(true);
            }
            return out;
        }

        private com.itextpdf.layout.element.Paragraph runs(java.util.List<Run> runs, boolean bold, boolean italic) {
            com.itextpdf.layout.element.Paragraph out = new com.itextpdf.layout.element.Paragraph();
            for (Run run : runs) {
                Text text = new Text(run.text()).setFont(font(bold || run.bold(), italic || run.italic()));
                if (run.underline()) {
                    text.setUnderline();
                }
                out.add(text);
            }
            return out;
        }

        /** {@code start} numbers the first item, for the part of a list kept with the closing. */
        private List list(ListBlock block, int start) {
            List list = block.numbered() ? new List(ListNumberingType.DECIMAL) : new List().setListSymbol(new Text("-").setFont(font(false, false)));
            if (block.numbered()) {
                list.setItemStartIndex(start);
            }
            list.setFont(font(false, false)).setFontSize(ParagraphStyle.BODY.size());
            list.setMarginLeft(PageSetup.points(ParagraphStyle.FIRST_LINE_INDENT_MM)).setSymbolIndent(PageSetup.points(DocxRenderer.LIST_HANGING_MM) - 6);
            list.setMarginBottom(3);
            for (java.util.List<Run> item : block.items()) {
                ListItem listItem = new ListItem();
                listItem.add(paragraph(new Paragraph(ParagraphStyle.LIST_ITEM, item)));
                list.add(listItem);
            }
            return list;
        }

        private com.itextpdf.layout.element.Table table(Table table) {
            float[] widths = new float[table.columns()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = table.widths().get(i);
            }
            com.itextpdf.layout.element.Table out = new com.itextpdf.layout.element.Table(UnitValue.createPercentArray(widths));
            out.setWidth(textWidth).setFixedLayout().setMarginBottom(9);
            for (int r = 0; r < table.rows().size(); r++) {
                for (Cell cell : table.rows().get(r)) {
                    com.itextpdf.layout.element.Cell pdfCell = new com.itextpdf.layout.element.Cell(cell.rowSpan(), cell.colSpan());
                    pdfCell.setBorder(new SolidBorder(0.5f)).setPaddingLeft(CELL_PADDING_X).setPaddingRight(CELL_PADDING_X)
                            .setPaddingTop(CELL_PADDING_Y).setPaddingBottom(CELL_PADDING_Y).setVerticalAlignment(VerticalAlignment.MIDDLE);
                    pdfCell.add(runs(cell.runs(), false, false).setFontSize(table.fontSize()).setTextAlignment(align(cell.align()))
                            .setMargin(0).setFixedLeading(table.fontSize() * ParagraphStyle.LINE_HEIGHT));
                    // A row never splits across pages, as the .docx's "cantSplit" asks of Word.
                    pdfCell.setKeepTogether(true);
                    if (r < table.headerRows()) {
                        out.addHeaderCell(pdfCell);
                    } else {
                        out.addCell(pdfCell);
                    }
                }
            }
            return out;
        }

        private Div closing(Closing closing) {
            float left = textWidth * 0.45f;
            com.itextpdf.layout.element.Table table = new com.itextpdf.layout.element.Table(new float[] {left, textWidth - left});
            table.setWidth(textWidth).setFixedLayout();
            // Each row of slots becomes two table rows, titles then names, so names side by side line up.
            for (java.util.List<Closing.Slot> row : closing.rows()) {
                for (Closing.Slot slot : row) {
                    com.itextpdf.layout.element.Cell cell = bare();
                    switch (slot) {
                        case Closing.RecipientsSlot recipients -> {
                            cell.add(styled(Closing.RECIPIENTS_LABEL, ParagraphStyle.RECIPIENTS_LABEL));
                            recipients.recipients().forEach(name -> cell.add(styled("- " + name, ParagraphStyle.RECIPIENT)));
                        }
                        case Closing.SignatureSlot signature -> signatureTitles(cell, signature.signature());
                        case Closing.EmptySlot ignored -> cell.add(styled("", ParagraphStyle.SIGNATURE));
                    }
                    table.addCell(cell);
                }
                for (Closing.Slot slot : row) {
                    com.itextpdf.layout.element.Cell cell = bare().setPaddingBottom(18);
                    String name = slot instanceof Closing.SignatureSlot signature ? signature.signature().name() : "";
                    cell.add(styled(name, ParagraphStyle.SIGNATURE).setMarginTop(name.isEmpty() ? 0 : Signature.SIGNING_SPACE_PT));
                    table.addCell(cell);
                }
            }
            Div div = new Div().add(table).setMarginTop(12);
            div.setKeepTogether(true);
            return div;
        }

        private void signatureTitles(com.itextpdf.layout.element.Cell cell, Signature signature) {
            if (!signature.authority().isEmpty()) {
                cell.add(styled(signature.authorityLine(), ParagraphStyle.SIGNATURE));
            }
            cell.add(styled(signature.titleLine(), ParagraphStyle.SIGNATURE));
            if (!signature.note().isEmpty()) {
                cell.add(line(signature.note(), Signature.NOTE_SIZE, false, true, TextAlignment.CENTER));
            }
        }

        /** A closing line with the look of its named style. */
        private com.itextpdf.layout.element.Paragraph styled(String text, ParagraphStyle style) {
            return line(text, style.size(), style.bold(), style.italic(), align(style.align()));
        }

        private static TextAlignment align(Align align) {
            return switch (align) {
                case LEFT -> TextAlignment.LEFT;
                case CENTER -> TextAlignment.CENTER;
                case RIGHT -> TextAlignment.RIGHT;
                case JUSTIFY -> TextAlignment.JUSTIFIED;
            };
        }
    }
}
