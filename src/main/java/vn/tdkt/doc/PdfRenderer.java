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
    static final float RULE_THICKNESS = 0.75f;
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
                for (int i = 0; i < held.size() - 1; i++) {
                    addNow(held.get(i), held.subList(i + 1, held.size()));
                }
                int cut = list.items().size() - 1;
                layout.add(list(new ListBlock(list.numbered(), list.items().subList(0, cut)), 1));
                kept.add(list(new ListBlock(list.numbered(), list.items().subList(cut, cut + 1)), cut + 1)).add(spacer(ListBlock.SPACE_AFTER));
            } else {
                if (held.getFirst() instanceof Paragraph first && first.style().keepWithNext()) {
                    keepWithNextLines(first, held.subList(1, held.size()));
                }
                for (Block block : held) {
                    switch (block) {
                        case Paragraph paragraph -> kept.add(topLevel(paragraph));
                        case ListBlock list -> kept.add(list(list, 1)).add(spacer(ListBlock.SPACE_AFTER));
                        case Table table -> kept.add(table(table)).add(spacer(Table.SPACE_AFTER));
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

        /** {@code following}: the blocks after it that are known, which a heading keeps with. */
        private void addNow(Block block, java.util.List<Block> following) {
            switch (block) {
                case DecreeHeader header -> layout.add(header(header));
                case Paragraph paragraph -> {
                    if (paragraph.style().keepWithNext()) {
                        keepWithNextLines(paragraph, following);
                    }
                    layout.add(topLevel(paragraph));
                    return;
                }
                case ListBlock list -> layout.add(list(list, 1)).add(spacer(ListBlock.SPACE_AFTER));
                case Table table -> layout.add(table(table)).add(spacer(Table.SPACE_AFTER));
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
         * Word keeps a heading with the first two lines of what follows (the one line of a one-line paragraph or
         * list item), or with a table's first rows (its header and first row, which never split); a heading
         * followed by another heading keeps with it and so with what follows that one. iText's own keep-with-next
         * would move the whole next paragraph or table and leave half a page empty. So break before the heading
         * when it, the headings after it and those first lines no longer fit, which is what Word does.
         */
        private void keepWithNextLines(Paragraph heading, java.util.List<Block> following) {
            LayoutArea area = layout.getRenderer().getCurrentArea();
            if (area == null) {
                return;
            }
            ParagraphStyle style = heading.style();
            float needed = Math.max(0, style.spaceBefore() - spaceAbove) + linesHeight(heading, Integer.MAX_VALUE, textWidth);
            float after = style.spaceAfter();
            int i = 0;
            while (i < following.size() && following.get(i) instanceof Paragraph kept && kept.style().keepWithNext()) {
                needed += Math.max(after, kept.style().spaceBefore()) + linesHeight(kept, Integer.MAX_VALUE, textWidth);
                after = kept.style().spaceAfter();
                i++;
            }
            Block next = i < following.size() ? following.get(i) : null;
            needed += switch (next) {
                case Paragraph paragraph -> Math.max(after, paragraph.style().spaceBefore()) + linesHeight(paragraph, 2, textWidth);
                case ListBlock list when !list.items().isEmpty() ->
                        after + linesHeight(new Paragraph(ParagraphStyle.LIST_ITEM, list.items().getFirst()), 2, textWidth - listIndent());
                case Table table -> after + firstRowsHeight(table);
                case null, default -> after + 2 * ParagraphStyle.lineHeight(ParagraphStyle.BODY.size());
            };
            float pageTop = layout.getPdfDocument().getDefaultPageSize().getHeight() - layout.getTopMargin();
            boolean atPageTop = area.getBBox().getTop() >= pageTop - 1;
            if (!atPageTop && area.getBBox().getHeight() < needed) {
                layout.add(new AreaBreak(AreaBreakType.NEXT_PAGE));
                // Word and LibreOffice drop the space before a paragraph that a page break puts at the top of a page.
                spaceAbove = Math.max(spaceAbove, style.spaceBefore());
            }
        }

        /** The height of a paragraph's first {@code most} lines as iText breaks them in this width, without its spacing. */
        private float linesHeight(Paragraph paragraph, int most, float width) {
            com.itextpdf.layout.element.Paragraph probe = paragraph(paragraph).setMargin(0);
            com.itextpdf.layout.renderer.ParagraphRenderer renderer = (com.itextpdf.layout.renderer.ParagraphRenderer) probe.createRendererSubTree()
                    .setParent(layout.getRenderer());
            renderer.layout(new com.itextpdf.layout.layout.LayoutContext(new LayoutArea(1, new com.itextpdf.kernel.geom.Rectangle(width, 10_000))));
            return Math.min(most, Math.max(1, renderer.getLines().size())) * ParagraphStyle.lineHeight(paragraph.style().size());
        }

        /** The height of a table's header rows and first row, laid out as iText will place them. */
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
                    .setFontSize(size).setTextAlignment(align).setMargin(0).setFixedLeading(ParagraphStyle.lineHeight(size));
        }

        private LineSeparator rule(float width) {
            LineSeparator rule = new LineSeparator(new SolidLine(RULE_THICKNESS));
            // The .docx draws it as the bottom border of an empty paragraph exactly 4 pt high, which the word processors
            // place below those 4 pt: the same height here, or every page 1 starts a point higher than in Word.
            rule.setWidth(width).setHorizontalAlignment(HorizontalAlignment.CENTER).setMarginTop(4);
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
                    .setFixedLeading(ParagraphStyle.lineHeight(style.size()));
            if (style.firstLineIndent()) {
                out.setFirstLineIndent(PageSetup.points(ParagraphStyle.FIRST_LINE_INDENT_MM));
            }
            // Word's widow control: no single line of a paragraph alone at the foot or the top of a page.
            out.setOrphansControl(new ParagraphOrphansControl(2));
            out.setWidowsControl(new ParagraphWidowsControl(2, 1, false));
            if (style.keepLines()) {
                out.setKeepTogether(true);
            }
            out.setNextRenderer(new SpaceAfterMayFallOff(out));
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

        /**
         * The empty paragraph of a fixed height the .docx puts after a list or table (Word needs a paragraph between
         * two tables): like it, it moves to the next page when it no longer fits, rather than being dropped there.
         */
        private static Div spacer(float height) {
            return new Div().setHeight(height).setMargin(0).setPadding(0);
        }

        /** Where a list item's text begins, from the left margin: as in the .docx, the body's indent and the hanging. */
        private static float listIndent() {
            return PageSetup.points(ParagraphStyle.FIRST_LINE_INDENT_MM + DocxRenderer.LIST_HANGING_MM);
        }

        /** {@code start} numbers the first item, for the part of a list kept with the closing. */
        private List list(ListBlock block, int start) {
            List list = block.numbered() ? new List(ListNumberingType.DECIMAL) : new List().setListSymbol(new Text("-").setFont(font(false, false)));
            if (block.numbered()) {
                list.setItemStartIndex(start);
            }
            list.setFont(font(false, false)).setFontSize(ParagraphStyle.BODY.size());
            list.setMarginLeft(PageSetup.points(ParagraphStyle.FIRST_LINE_INDENT_MM)).setSymbolIndent(PageSetup.points(DocxRenderer.LIST_HANGING_MM) - 6);
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
            out.setWidth(textWidth).setFixedLayout();
            for (int r = 0; r < table.rows().size(); r++) {
                for (Cell cell : table.rows().get(r)) {
                    com.itextpdf.layout.element.Cell pdfCell = new com.itextpdf.layout.element.Cell(cell.rowSpan(), cell.colSpan());
                    pdfCell.setBorder(new SolidBorder(0.5f)).setPaddingLeft(CELL_PADDING_X).setPaddingRight(CELL_PADDING_X)
                            .setPaddingTop(CELL_PADDING_Y).setPaddingBottom(CELL_PADDING_Y).setVerticalAlignment(VerticalAlignment.MIDDLE);
                    pdfCell.add(runs(cell.runs(), false, false).setFontSize(table.fontSize()).setTextAlignment(align(cell.align()))
                            .setMargin(0).setFixedLeading(ParagraphStyle.lineHeight(table.fontSize())));
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
    /**
     * A paragraph whose space after may fall below the foot of the page, as in Word and LibreOffice: only its lines
     * need to fit. iText counts the bottom margin of a block as part of it and would move the page's last line on.
     */
    private static final class SpaceAfterMayFallOff extends com.itextpdf.layout.renderer.ParagraphRenderer {
        SpaceAfterMayFallOff(com.itextpdf.layout.element.Paragraph paragraph) {
            super(paragraph);
        }

        @Override
        public com.itextpdf.layout.layout.LayoutResult layout(com.itextpdf.layout.layout.LayoutContext context) {
            UnitValue after = getPropertyAsUnitValue(com.itextpdf.layout.properties.Property.MARGIN_BOTTOM);
            float space = after == null ? 0 : after.getValue();
            if (space > 0) {
                LayoutArea longer = context.getArea().clone();
                longer.getBBox().moveDown(space).increaseHeight(space);
                com.itextpdf.layout.layout.LayoutResult whole = super.layout(new com.itextpdf.layout.layout.LayoutContext(longer,
                        context.getMarginsCollapseInfo(), context.getFloatRendererAreas(), context.isClippedHeight()));
                if (whole.getStatus() == com.itextpdf.layout.layout.LayoutResult.FULL) {
                    return whole;
                }
            }
            return super.layout(context);
        }

        @Override
        public com.itextpdf.layout.renderer.IRenderer getNextRenderer() {
            return new SpaceAfterMayFallOff((com.itextpdf.layout.element.Paragraph) modelElement);
        }
    }
}
