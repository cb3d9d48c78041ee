package vn.tdkt.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/** What the renderers promise beyond the text: page numbers, repeated table headers, merged cells, styles, metadata, NFC. */
class RenderersTest {
    private final DocumentWriter writer = new DocumentWriter();

    private static Document longDocument(String decomposedName) {
        TableBuilder table = TableBuilder.columns(10, 60, 30)
                .headerRow(Cell.head("STT").span(1, 2), Cell.head("Đơn vị").span(1, 2), Cell.head("Kết quả"))
                .headerRow(Cell.head("Điểm"));
        for (int i = 1; i <= 120; i++) {
            table.row(Integer.toString(i), "Đại đội " + i, Integer.toString(90 + i % 10));
        }
        return DocumentBuilder.create("Báo cáo dài", "Trung đoàn 19")
                .header("Sư đoàn 399", "Trung đoàn 19", "18/BC-TrĐ19", "Hà Tĩnh", LocalDate.of(2026, 12, 5))
                .title("Báo cáo", "Kết quả thi đua")
                .paragraph(Run.plain("Người lập: "), Run.bold(decomposedName))
                .table(table.build())
                .closing(List.of("Lưu: VT."), new Signature("KT. Trung đoàn trưởng", "Phó Trung đoàn trưởng", "", "Thượng tá Lê Quang Mỹ"))
                .build();
    }

    @Test
    void pdfNumbersPagesFromTheSecondAndRepeatsTheTableHeader() throws Exception {
        byte[] pdf = writer.render(longDocument("Hường"), DocumentFormat.PDF);
        int pages = RenderedFiles.pdfPages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(RenderedFiles.pdfPageText(pdf, 1).strip()).startsWith("SƯ ĐOÀN 399");
        for (int page = 2; page <= pages; page++) {
            String text = RenderedFiles.pdfPageText(pdf, page);
            assertThat(text.strip()).startsWith(Integer.toString(page));
            assertThat(text).contains("STT", "Đơn vị", "Kết quả", "Điểm");
        }
        assertThat(RenderedFiles.pdfPageText(pdf, pages)).contains("KT. TRUNG ĐOÀN TRƯỞNG", "PHÓ TRUNG ĐOÀN TRƯỞNG", "Thượng tá Lê Quang Mỹ");
    }

    @Test
    void pdfCarriesTitleAndAuthorAndEmbedsItsFonts() throws Exception {
        byte[] pdf = writer.render(longDocument("Hường"), DocumentFormat.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Báo cáo dài");
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Trung đoàn 19");
            assertThat(new String(document.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("Báo cáo dài", "pdfaid:part");
            for (var name : document.getPage(0).getResources().getFontNames()) {
                assertThat(document.getPage(0).getResources().getFont(name).isEmbedded()).isTrue();
            }
        }
    }

    @Test
    void decomposedInputIsRenderedComposed() throws Exception {
        String decomposed = Normalizer.normalize("Nguyễn Thị Hường", Normalizer.Form.NFD);
        Document document = longDocument(decomposed);
        assertThat(RenderedFiles.pdfText(writer.render(document, DocumentFormat.PDF))).contains("Người lập: Nguyễn Thị Hường");
        assertThat(RenderedFiles.docxText(writer.render(document, DocumentFormat.DOCX))).contains("Người lập: Nguyễn Thị Hường");
    }

    @Test
    void docxUsesWordStylesNumberingRepeatedHeaderRowsAndMergedCells() throws Exception {
        Document document = DocumentBuilder.create("Thử", "Trung đoàn 19")
                .header("Sư đoàn 399", "Trung đoàn 19", "/KH-TrĐ19", "Hà Tĩnh", LocalDate.of(2026, 1, 9))
                .heading1("I. MỤC ĐÍCH")
                .numbered(List.of("Một", "Hai"))
                .bullets(List.of("Ba"))
                .table(longDocument("x").blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst().orElseThrow())
                .build();
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(writer.render(document, DocumentFormat.DOCX)))) {
            assertThat(docx.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(docx.getStyles().getStyle("BodyText")).isNotNull();
            List<String> numbered = new ArrayList<>();
            docx.getParagraphs().stream().filter(p -> p.getNumID() != null).forEach(p -> numbered.add(p.getNumFmt() + ":" + p.getText()));
            assertThat(numbered).containsExactly("decimal:Một", "decimal:Hai", "bullet:Ba");
            assertThat(docx.getTables().getFirst().getRow(1).getCell(1).getText()).isEqualTo("Hà Tĩnh, ngày 09 tháng 01 năm 2026");
            assertThat(docx.getTables().getFirst().getRow(1).getCell(0).getText()).as("a blank for the hand-written sequence, never a stray slash")
                    .isEqualTo("Số:" + "\u00a0".repeat(8) + "/KH-TrĐ19");
            XWPFTable table = docx.getTables().get(1);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).isRepeatHeader()).isTrue();
            assertThat(table.getRow(2).isRepeatHeader()).isFalse();
            assertThat(table.getRow(0).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString()).isEqualTo("restart");
            assertThat(table.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal().toString()).isEqualTo("continue");
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Điểm");
            assertThat(docx.getProperties().getCoreProperties().getTitle()).isEqualTo("Thử");
            assertThat(docx.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
        }
    }
}
