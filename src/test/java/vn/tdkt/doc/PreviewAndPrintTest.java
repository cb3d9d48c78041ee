package vn.tdkt.doc;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.print.Book;
import java.awt.print.PageFormat;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/** The preview draws pages at the zoom asked; printing lays every page out at its own size, unscaled. */
class PreviewAndPrintTest {
    private final byte[] pdf = new DocumentWriter().render(DocumentBuilder.create("Hai trang", "Trung đoàn 19")
            .header("Sư đoàn 399", "Trung đoàn 19", "01/TTr-TrĐ19", "Hà Tĩnh", java.time.LocalDate.of(2026, 11, 23))
            .title("Tờ trình", "Về việc đề nghị khen thưởng")
            .paragraph("Nội dung tờ trình.")
            .appendix("Danh sách", "(Kèm theo Tờ trình số 01/TTr-TrĐ19)")
            .paragraph("Trang danh sách.")
            .build(), DocumentFormat.PDF);

    @Test
    void rendersEachPageAtTheZoom() {
        try (PdfPages pages = PdfPages.open(pdf)) {
            assertThat(pages.count()).isEqualTo(2);
            BufferedImage actual = pages.render(0, 1.0);
            BufferedImage doubled = pages.render(1, 2.0);
            // A4 at 96 dpi is 794 × 1123 pixels.
            assertThat(actual.getWidth()).isBetween(792, 796);
            assertThat(actual.getHeight()).isBetween(1121, 1125);
            assertThat(doubled.getWidth()).isBetween(2 * 792, 2 * 796);
        }
    }

    @Test
    void printsEveryPageOnItsOwnPaperSizeWithTheWholeSheetImageable() throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Book book = DocumentPrinter.actualSize(document);
            assertThat(book.getNumberOfPages()).isEqualTo(2);
            PageFormat format = book.getPageFormat(0);
            assertThat(format.getWidth()).isCloseTo(595.3, org.assertj.core.data.Offset.offset(0.5));
            assertThat(format.getHeight()).isCloseTo(841.9, org.assertj.core.data.Offset.offset(0.5));
            assertThat(format.getImageableX()).isZero();
            assertThat(format.getImageableWidth()).isEqualTo(format.getWidth());
            assertThat(format.getOrientation()).isEqualTo(PageFormat.PORTRAIT);
        }
    }
}
