package vn.tdkt.doc;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.ValidationResult;

/** Opens rendered files back the way a reader would: PDFBox for PDF text, POI for .docx text, veraPDF for PDF/A. */
public final class RenderedFiles {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private RenderedFiles() {
    }

    public static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** One page's text read top to bottom (page numbers are drawn last, but read first). */
    public static String pdfPageText(byte[] pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    /** Each page's text in the order it was drawn (a table cell's lines together), for finding a row split over two pages. */
    public static List<String> pdfPagesInDrawingOrder(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
        }
        return pages;
    }

    /**
     * The first line of text on each page read top to bottom, the page number above it left out: what a
     * reader sees first on each sheet.
     */
    public static List<String> pdfFirstLines(byte[] pdf) throws IOException {
        List<String> firsts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String first = "";
                for (String line : stripper.getText(document).split("\\R")) {
                    String text = line.strip().replaceAll("\\s+", " ");
                    if (!text.isEmpty() && !(page > 1 && text.equals(Integer.toString(page)))) {
                        first = text;
                        break;
                    }
                }
                firsts.add(first);
            }
        }
        return firsts;
    }

    public static int pdfPages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }

    public static String docxText(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    /**
     * The words carrying letters, sorted, without the punctuation around them: page numbers, list numbers
     * and bullets are left out (iText writes a list's bullet or number after the item's text, so it sticks to the word before it),
     * and a closing bracket wrapped onto its own line does not count as a difference.
     */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        // A word holding a hyphen ("anh-4.jpg") may be wrapped after it in the PDF: join it again.
        for (String token : text.replaceAll("(?<=\\p{L})-\\R(?=[\\p{Ll}\\p{N}])", "-").split("\\s+")) {
            String word = token.replaceAll("(?<=\\p{L}[.;:,)]?)(\\d+\\.|-)$", "").replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
            if (word.codePoints().anyMatch(Character::isLetter)) {
                words.add(word);
            }
        }
        words.sort(null);
        return words;
    }

    /** The failed veraPDF rules as text; empty when the file is PDF/A-2b compliant. */
    public static List<String> pdfaFailures(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
             PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() != org.verapdf.pdfa.results.TestAssertion.Status.PASSED)
                    .map(assertion -> assertion.getRuleId() + " " + assertion.getMessage())
                    .distinct().toList();
        }
    }
}
