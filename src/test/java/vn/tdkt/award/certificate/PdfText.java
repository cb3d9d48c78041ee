package vn.tdkt.award.certificate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The lines of one PDF page as PDFBox reads them back: text, left x, baseline y from the top, font size, in points. */
record PdfText(String text, double x, double baseline, double size) {
    static List<PdfText> page(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            List<PdfText> lines = new ArrayList<>();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    TextPosition first = positions.getFirst();
                    lines.add(new PdfText(text, first.getXDirAdj(), first.getYDirAdj(), first.getFontSizeInPt()));
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(document);
            return lines;
        }
    }

    static PdfText find(List<PdfText> lines, String text) {
        return lines.stream().filter(line -> line.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no line \"" + text + "\" in " + lines.stream().map(PdfText::text).toList()));
    }
}
