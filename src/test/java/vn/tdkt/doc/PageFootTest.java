package vn.tdkt.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What goes at the foot of a page, in our PDF and in the .docx as LibreOffice lays it out, for documents built to end
 * a page within a point or two (lines in whole twips, a paragraph's space after falling below the page, the space after
 * a list, empty table cells, a heading before a one-line item). Several of the paragraph and list cases broke a line
 * earlier in our PDF before the engine did as the word processors do.
 */
class PageFootTest {
    @TempDir
    Path temp;

    @Test
    void pagesBreakWhereLibreOfficeBreaksThem() throws Exception {
        LibreOffice.requireInstalled();
        List<Case> cases = new ArrayList<>();
        for (int lines = 1; lines <= 8; lines++) {
            // A paragraph of that many lines, then one-line paragraphs or list items to well past the page's foot.
            List<Block> paragraphs = new ArrayList<>(List.of(Paragraph.of(ParagraphStyle.BODY, words(lines))));
            List<List<Run>> items = new ArrayList<>();
            for (int i = 1; i <= 36; i++) {
                paragraphs.add(Paragraph.of(ParagraphStyle.BODY, "Dòng " + i));
                items.add(List.of(Run.plain("Ý " + i)));
            }
            cases.add(new Case("paragraphs-" + lines, paragraphs));
            cases.add(new Case("list-" + lines, List.of(Paragraph.of(ParagraphStyle.BODY, words(lines)), new ListBlock(false, items))));
        }
        for (int rows = 34; rows <= 37; rows++) {
            // Rows with an empty cell: as tall as the others only when the cell's paragraph mark has the table's size.
            TableBuilder table = TableBuilder.columns(20, 40, 40).header("Ngày", "Nội dung", "Ghi chú");
            for (int i = 1; i <= rows; i++) {
                table.row(Cell.text("Hàng " + i), Cell.text(i % 2 == 0 ? "" : "Nội dung " + i), Cell.text(""));
            }
            cases.add(new Case("table-" + rows, List.of(table.build(), Paragraph.of(ParagraphStyle.BODY, "Sau bảng."))));
        }
        for (int filler = 27; filler <= 29; filler++) {
            // A heading followed by a one-line list item at the page's foot: the two fit where one line and a heading fit.
            List<Block> blocks = new ArrayList<>();
            for (int i = 1; i <= filler; i++) {
                blocks.add(Paragraph.of(ParagraphStyle.BODY, "Dòng " + i));
            }
            blocks.add(Paragraph.of(ParagraphStyle.HEADING1, "VII. TÀI LIỆU, MINH CHỨNG KÈM THEO"));
            blocks.add(new ListBlock(true, List.of(List.of(Run.plain("Ảnh hoạt động")), List.of(Run.plain("Bài báo")))));
            cases.add(new Case("heading-" + filler, blocks));
        }

        List<Path> files = new ArrayList<>();
        for (Case c : cases) {
            files.add(Files.write(temp.resolve(c.name() + ".docx"), new DocxRenderer().render(c.document())));
        }
        List<Path> converted = LibreOffice.toPdf(files, Files.createDirectories(temp.resolve("lo")));
        List<String> differing = new ArrayList<>();
        int broken = 0;
        for (int i = 0; i < cases.size(); i++) {
            List<String> ours = RenderedFiles.pdfFirstLines(new PdfRenderer().render(cases.get(i).document()));
            List<String> theirs = RenderedFiles.pdfFirstLines(Files.readAllBytes(converted.get(i)));
            broken += ours.size() > 1 ? 1 : 0;
            if (!ours.equals(theirs)) {
                differing.add(cases.get(i).name() + ": PDF " + ours + ", LibreOffice " + theirs);
            }
        }
        assertThat(broken).as("the cases run onto a second page").isGreaterThan(cases.size() / 2);
        assertThat(differing).isEmpty();
    }

    @Test
    void aParagraphsSpaceAfterMayFallBelowTheFootOfThePage() throws Exception {
        // 33 lines of 16.1 pt and the 32 spaces of 6 pt between them take 723.3 pt of the 728.5 the page holds; the
        // last paragraph's own 6 pt after it would not fit, and need not.
        List<Block> blocks = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            blocks.add(Paragraph.of(ParagraphStyle.BODY, "Dòng " + i));
        }
        List<String> firstLines = RenderedFiles.pdfFirstLines(new PdfRenderer().render(document(blocks)));
        assertThat(firstLines.get(1)).isEqualTo("Dòng 34");
    }

    private record Case(String name, List<Block> blocks) {
        Document document() {
            return PageFootTest.document(blocks);
        }
    }

    private static Document document(List<Block> blocks) {
        return new Document("Thử", "TĐKT", PageSetup.decree30(), blocks);
    }

    /** About {@code lines} lines of body text. */
    private static String words(int lines) {
        return "chữ ".repeat(17 * lines - 3).strip();
    }
}
