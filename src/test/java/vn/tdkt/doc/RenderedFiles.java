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
        for (String token : text.split("\\s+")) {
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
