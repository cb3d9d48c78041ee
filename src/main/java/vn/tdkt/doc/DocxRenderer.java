package vn.tdkt.doc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Renders a {@link Document} to .docx with Apache POI, in Times New Roman with named Word styles and real
 * Word numbering, so the officer can go on editing it in Word. Sizes and spacing come from the same
 * model as the PDF, so both look alike page for page.
 */
public final class DocxRenderer {
    /** Lists hang their text this far after the bullet or number. */
    public static final double LIST_HANGING_MM = 6.35;

    public byte[] render(Document document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            docx.getProperties().getCoreProperties().setTitle(document.title());
            docx.getProperties().getCoreProperties().setCreator(document.author());
            DocxStyles.install(docx);
            DocxStyles.vietnameseSettings(docx);
            Pass pass = new Pass(docx, document.page());
            pass.pageSetup();
            for (Block block : document.blocks()) {
                pass.add(block);
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One rendering into one Word document. */
    private static final class Pass {
        private final XWPFDocument docx;
        private final PageSetup setup;
        private final int textWidth;
        private final XWPFNumbering numbering;
        private final BigInteger bullets;
        private final BigInteger decimals;
        private boolean breakBefore;
        /**
         * The paragraphs ending the block just written (its last paragraph, a list's last item, a table's
         * paragraphs, and the spacer after them): kept with the closing when one follows, so the signature
         * never stands alone on a page.
         */
        private List<XWPFParagraph> tail = List.of();

        Pass(XWPFDocument docx, PageSetup setup) {
            this.docx = docx;
            this.setup = setup;
            this.textWidth = PageSetup.twips(setup.textWidthMm());
            this.numbering = docx.createNumbering();
            this.bullets = DocxStyles.addListLevel(numbering, 1, false);
            this.decimals = DocxStyles.addListLevel(numbering, 2, true);
        }

        void pageSetup() {
            CTSectPr section = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                    : docx.getDocument().getBody().addNewSectPr();
            CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
            size.setW(BigInteger.valueOf(PageSetup.twips(setup.widthMm())));
            size.setH(BigInteger.valueOf(PageSetup.twips(setup.heightMm())));
            size.setOrient(setup.landscape() ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
            CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(PageSetup.twips(setup.topMm())));
            margins.setBottom(BigInteger.valueOf(PageSetup.twips(setup.bottomMm())));
            margins.setLeft(BigInteger.valueOf(PageSetup.twips(setup.leftMm())));
            margins.setRight(BigInteger.valueOf(PageSetup.twips(setup.rightMm())));
            margins.setGutter(BigInteger.ZERO);
            margins.setHeader(BigInteger.valueOf(PageSetup.twips(PageSetup.PAGE_NUMBER_FROM_TOP_MM)));
            margins.setFooter(BigInteger.valueOf(PageSetup.twips(PageSetup.PAGE_NUMBER_FROM_TOP_MM)));
            // Decree 30: no number on the first page, the number centred at the top from page 2.
            docx.createHeader(HeaderFooterType.FIRST).createParagraph();
            XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
            XWPFParagraph number = header.createParagraph();
            number.setAlignment(ParagraphAlignment.CENTER);
            sized(number.createRun(), 13).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            sized(number.createRun(), 13).getCTR().addNewInstrText().setStringValue("PAGE");
            sized(number.createRun(), 13).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            if (!section.isSetTitlePg()) {
                section.addNewTitlePg();
            }
        }

        private static XWPFRun sized(XWPFRun run, float size) {
            run.setFontSize(size);
            return run;
        }

        void add(Block block) {
            List<XWPFParagraph> before = tail;
            tail = List.of();
            switch (block) {
                case DecreeHeader header -> header(header);
                case Paragraph paragraph -> tail = List.of(paragraph(paragraph.style(), paragraph.runs()));
                case ListBlock list -> list(list);
                case Table table -> table(table);
                case Rule rule -> rule(docx.createParagraph(), textWidth, rule.widthPt()).setSpacingAfter(120);
                case Closing closing -> {
                    keepWithClosing(before);
                    closing(closing);
                }
                case PageBreak ignored -> breakBefore = true;
            }
        }

        /** Word moves these with the closing: kept with the next and, for a paragraph of text, kept whole. */
        private static void keepWithClosing(List<XWPFParagraph> paragraphs) {
            for (XWPFParagraph paragraph : paragraphs) {
                paragraph.setKeepNext(true);
                if (!paragraph.getCTP().getPPr().isSetKeepLines()) {
                    paragraph.getCTP().getPPr().addNewKeepLines();
                }
            }
        }

        private XWPFParagraph newParagraph() {
            XWPFParagraph paragraph = docx.createParagraph();
            if (breakBefore) {
                paragraph.setPageBreak(true);
                breakBefore = false;
            }
            return paragraph;
        }

        private XWPFParagraph paragraph(ParagraphStyle style, List<Run> runs) {
            XWPFParagraph paragraph = newParagraph();
            paragraph.setStyle(style.styleId());
            runs(paragraph, runs, 0);
            return paragraph;
        }

        /** Runs with only what differs from the paragraph's style; {@code size} 0 keeps the style's size. */
        private static void runs(XWPFParagraph paragraph, List<Run> runs, float size) {
            for (Run run : runs) {
                XWPFRun out = paragraph.createRun();
                out.setText(run.text());
                if (run.bold()) {
                    out.setBold(true);
                }
                if (run.italic()) {
                    out.setItalic(true);
                }
                if (run.underline()) {
                    out.setUnderline(org.apache.poi.xwpf.usermodel.UnderlinePatterns.SINGLE);
                }
                if (size > 0) {
                    out.setFontSize(size);
                }
            }
        }

        /** A directly formatted line, for the header and the closing whose look the decree fixes. */
        private static XWPFParagraph line(XWPFParagraph paragraph, String text, float size, boolean bold, boolean italic, ParagraphAlignment align) {
            paragraph.setAlignment(align);
            paragraph.setSpacingAfter(0);
            paragraph.setSpacingBefore(0);
            XWPFRun run = paragraph.createRun();
            run.setText(text);
            run.setFontSize(size);
            run.setBold(bold);
            run.setItalic(italic);
            return paragraph;
        }

        /** A rule drawn as the bottom border of an empty, one-point paragraph, indented to the rule's width. */
        private static XWPFParagraph rule(XWPFParagraph paragraph, int availableTwips, float widthPt) {
            int indent = Math.max(0, (availableTwips - Math.round(widthPt * 20)) / 2);
            paragraph.setIndentationLeft(indent);
            paragraph.setIndentationRight(indent);
            paragraph.setBorderBottom(Borders.SINGLE);
            // As thick as the PDF's rule (in eighths of a point).
            paragraph.getCTP().getPPr().getPBdr().getBottom().setSz(BigInteger.valueOf(Math.round(PdfRenderer.RULE_THICKNESS * 8)));
            paragraph.setSpacingBefore(0);
            paragraph.setSpacingAfter(0);
            paragraph.setSpacingBetween(4, LineSpacingRule.EXACT);
            return paragraph;
        }

        private static XWPFParagraph next(XWPFTableCell cell, boolean first) {
            return first ? cell.getParagraphs().get(0) : cell.addParagraph();
        }

        private void header(DecreeHeader header) {
            int left = Math.round(textWidth * DecreeHeader.LEFT_SHARE);
            int[] widths = {left, textWidth - left};
            XWPFTable table = table(widths, false);
            XWPFTableRow top = table.getRow(0);
            XWPFTableCell unit = cell(top, widths[0], 1);
            line(next(unit, true), header.superiorLine(), DecreeHeader.UNIT_SIZE, false, false, ParagraphAlignment.CENTER);
            line(next(unit, false), header.unitLine(), DecreeHeader.UNIT_SIZE, true, false, ParagraphAlignment.CENTER);
            rule(next(unit, false), widths[0], header.unitRuleWidth());
            XWPFTableCell nation = cell(top, widths[1], 1);
            line(next(nation, true), DecreeHeader.NATIONAL_TITLE, DecreeHeader.NATIONAL_TITLE_SIZE, true, false, ParagraphAlignment.CENTER);
            line(next(nation, false), DecreeHeader.MOTTO, DecreeHeader.MOTTO_SIZE, true, false, ParagraphAlignment.CENTER);
            rule(next(nation, false), widths[1], DecreeHeader.mottoRuleWidth());
            XWPFTableRow bottom = table.createRow();
            clear(bottom);
            line(next(cell(bottom, widths[0], 1), true), header.numberLine(), DecreeHeader.UNIT_SIZE, false, false, ParagraphAlignment.CENTER)
                    .setSpacingBefore(120);
            line(next(cell(bottom, widths[1], 1), true), header.placeAndDate(), DecreeHeader.DATE_SIZE, false, true, ParagraphAlignment.CENTER)
                    .setSpacingBefore(120);
            spacer(6);
        }

        private void list(ListBlock list) {
            BigInteger numId = numbering.addNum(list.numbered() ? decimals : bullets);
            if (list.numbered()) {
                CTNumLvl restart = numbering.getNum(numId).getCTNum().addNewLvlOverride();
                restart.setIlvl(BigInteger.ZERO);
                restart.addNewStartOverride().setVal(BigInteger.ONE);
            }
            XWPFParagraph last = null;
            for (List<Run> item : list.items()) {
                last = paragraph(ParagraphStyle.LIST_ITEM, item);
                last.setNumID(numId);
                last.setNumILvl(BigInteger.ZERO);
            }
            XWPFParagraph spacer = spacer(ListBlock.SPACE_AFTER);
            tail = last == null ? List.of(spacer) : List.of(last, spacer);
        }

        private void table(Table model) {
            int[] widths = new int[model.columns()];
            int used = 0;
            for (int i = 0; i < widths.length; i++) {
                widths[i] = i == widths.length - 1 ? textWidth - used : Math.round(textWidth * model.widths().get(i) / model.totalWidth());
                used += widths[i];
            }
            XWPFTable table = table(widths, true);
            List<XWPFParagraph> written = new java.util.ArrayList<>();
            int[] coveredRows = new int[widths.length];
            int[] coveredSpan = new int[widths.length];
            for (int r = 0; r < model.rows().size(); r++) {
                XWPFTableRow row = r == 0 ? table.getRow(0) : table.createRow();
                clear(row);
                row.setCantSplitRow(true);
                if (r < model.headerRows()) {
                    row.setRepeatHeader(true);
                }
                java.util.Iterator<Cell> cells = model.rows().get(r).iterator();
                int column = 0;
                while (column < widths.length) {
                    if (coveredRows[column] > 0) {
                        int span = coveredSpan[column];
                        XWPFTableCell continued = cell(row, sum(widths, column, span), span);
                        continued.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.CONTINUE);
                        markSize(continued.getParagraphs().get(0), model.fontSize());
                        coveredRows[column]--;
                        column += span;
                        continue;
                    }
                    if (!cells.hasNext()) {
                        markSize(cell(row, sum(widths, column, 1), 1).getParagraphs().get(0), model.fontSize());
                        column++;
                        continue;
                    }
                    Cell cell = cells.next();
                    int span = Math.min(cell.colSpan(), widths.length - column);
                    XWPFTableCell out = cell(row, sum(widths, column, span), span);
                    out.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                    if (cell.rowSpan() > 1) {
                        out.getCTTc().getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        coveredRows[column] = cell.rowSpan() - 1;
                        coveredSpan[column] = span;
                    }
                    XWPFParagraph paragraph = out.getParagraphs().get(0);
                    paragraph.setAlignment(alignment(cell.align()));
                    paragraph.setSpacingAfter(0);
                    markSize(paragraph, model.fontSize());
                    runs(paragraph, cell.runs(), model.fontSize());
                    written.add(paragraph);
                    column += span;
                }
            }
            // Every row kept with the next: Word and LibreOffice then move the whole table with a closing after it.
            written.add(spacer(Table.SPACE_AFTER));
            tail = List.copyOf(written);
        }

        /**
         * The paragraph mark takes the table's size too: Word and LibreOffice give an empty cell (and a cell's last
         * line) the height of its mark, which would otherwise be the style's 14 pt and make the row taller than in the PDF.
         */
        private static void markSize(XWPFParagraph paragraph, float size) {
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr properties = paragraph.getCTP().isSetPPr()
                    ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
            org.openxmlformats.schemas.wordprocessingml.x2006.main.CTParaRPr mark = properties.isSetRPr() ? properties.getRPr() : properties.addNewRPr();
            BigInteger halfPoints = BigInteger.valueOf(Math.round(size * 2));
            mark.addNewSz().setVal(halfPoints);
            mark.addNewSzCs().setVal(halfPoints);
        }

        private void closing(Closing closing) {
            int left = Math.round(textWidth * 0.45f);
            int[] widths = {left, textWidth - left};
            spacer(12).setKeepNext(true);
            XWPFTable table = table(widths, false);
            // Each row of slots becomes two table rows, titles then names, so names side by side line up.
            List<List<Closing.Slot>> rows = closing.rows();
            boolean first = true;
            for (int r = 0; r < rows.size(); r++) {
                XWPFTableRow titles = first ? table.getRow(0) : table.createRow();
                first = false;
                clear(titles);
                XWPFTableRow names = table.createRow();
                clear(names);
                titles.setCantSplitRow(true);
                names.setCantSplitRow(true);
                boolean last = r == rows.size() - 1;
                for (int c = 0; c < 2; c++) {
                    XWPFTableCell top = cell(titles, widths[c], 1);
                    Closing.Slot slot = rows.get(r).get(c);
                    switch (slot) {
                        case Closing.RecipientsSlot recipients -> {
                            styled(next(top, true), ParagraphStyle.RECIPIENTS_LABEL, Closing.RECIPIENTS_LABEL);
                            recipients.recipients().forEach(name -> styled(next(top, false), ParagraphStyle.RECIPIENT, "- " + name));
                        }
                        case Closing.SignatureSlot signature -> signatureTitles(top, signature.signature());
                        case Closing.EmptySlot ignored -> styled(next(top, true), ParagraphStyle.SIGNATURE, "");
                    }
                    top.getParagraphs().forEach(paragraph -> paragraph.setKeepNext(true));
                    XWPFTableCell bottom = cell(names, widths[c], 1);
                    String name = slot instanceof Closing.SignatureSlot signature ? signature.signature().name() : "";
                    XWPFParagraph nameLine = styled(next(bottom, true), ParagraphStyle.SIGNATURE, name);
                    nameLine.setSpacingBefore(name.isEmpty() ? 0 : Math.round(Signature.SIGNING_SPACE_PT * 20));
                    nameLine.setSpacingAfter(360);
                    nameLine.setKeepNext(!last);
                }
            }
        }

        private static void signatureTitles(XWPFTableCell cell, Signature signature) {
            boolean first = true;
            if (!signature.authority().isEmpty()) {
                styled(next(cell, true), ParagraphStyle.SIGNATURE, signature.authorityLine());
                first = false;
            }
            styled(next(cell, first), ParagraphStyle.SIGNATURE, signature.titleLine());
            if (!signature.note().isEmpty()) {
                XWPFRun note = next(cell, false).createRun();
                note.getParagraph().setStyle(ParagraphStyle.SIGNATURE.styleId());
                note.setText(signature.note());
                note.setBold(false);
                note.setItalic(true);
                note.setFontSize(Signature.NOTE_SIZE);
            }
        }

        /** A closing line in its named style, so an officer editing in Word keeps the look. */
        private static XWPFParagraph styled(XWPFParagraph paragraph, ParagraphStyle style, String text) {
            paragraph.setStyle(style.styleId());
            paragraph.createRun().setText(text);
            return paragraph;
        }

        /** A fixed-layout table of the given column widths in twips; borderless for the header and the closing. */
        private XWPFTable table(int[] widths, boolean ruled) {
            XWPFTable table = docx.createTable();
            CTTblPr properties = table.getCTTbl().getTblPr();
            CTTblWidth width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
            width.setType(STTblWidth.DXA);
            width.setW(BigInteger.valueOf(sum(widths, 0, widths.length)));
            (properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout()).setType(STTblLayoutType.FIXED);
            CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
            while (grid.sizeOfGridColArray() > 0) {
                grid.removeGridCol(0);
            }
            for (int column : widths) {
                grid.addNewGridCol().setW(BigInteger.valueOf(column));
            }
            XWPFTable.XWPFBorderType border = ruled ? XWPFTable.XWPFBorderType.SINGLE : XWPFTable.XWPFBorderType.NONE;
            int size = ruled ? 4 : 0;
            table.setTopBorder(border, size, 0, "000000");
            table.setBottomBorder(border, size, 0, "000000");
            table.setLeftBorder(border, size, 0, "000000");
            table.setRightBorder(border, size, 0, "000000");
            table.setInsideHBorder(border, size, 0, "000000");
            table.setInsideVBorder(border, size, 0, "000000");
            if (ruled) {
                table.setCellMargins(30, 80, 30, 80);
            } else {
                table.setCellMargins(0, 0, 0, 0);
            }
            clear(table.getRow(0));
            return table;
        }

        private static void clear(XWPFTableRow row) {
            while (!row.getTableCells().isEmpty()) {
                row.removeCell(0);
            }
        }

        private static XWPFTableCell cell(XWPFTableRow row, int width, int span) {
            XWPFTableCell cell = row.addNewTableCell();
            CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            CTTblWidth cellWidth = properties.addNewTcW();
            cellWidth.setType(STTblWidth.DXA);
            cellWidth.setW(BigInteger.valueOf(width));
            if (span > 1) {
                properties.addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            return cell;
        }

        private static int sum(int[] widths, int from, int count) {
            int total = 0;
            for (int i = from; i < from + count && i < widths.length; i++) {
                total += widths[i];
            }
            return total;
        }

        /** Word needs a paragraph between tables; it carries the space the PDF gives as a margin. */
        private XWPFParagraph spacer(float points) {
            XWPFParagraph spacer = docx.createParagraph();
            spacer.setSpacingBefore(0);
            spacer.setSpacingAfter(0);
            spacer.setSpacingBetween(points, LineSpacingRule.EXACT);
            return spacer;
        }

        private static ParagraphAlignment alignment(Align align) {
            return switch (align) {
                case LEFT -> ParagraphAlignment.LEFT;
                case CENTER -> ParagraphAlignment.CENTER;
                case RIGHT -> ParagraphAlignment.RIGHT;
                case JUSTIFY -> ParagraphAlignment.BOTH;
            };
        }
    }
}
