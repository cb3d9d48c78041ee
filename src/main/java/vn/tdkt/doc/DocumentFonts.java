package vn.tdkt.doc;

import com.itextpdf.io.font.FontProgram;
import com.itextpdf.io.font.FontProgramFactory;
import com.itextpdf.io.font.otf.Glyph;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Liberation Serif, which has every Vietnamese letter and the metrics of Times New Roman: the PDF embeds
 * it while the .docx names Times New Roman, so both lay out alike. The font files are read once.
 */
public final class DocumentFonts {
    /** The font family the .docx names; Word and LibreOffice (with Liberation installed) both have it. */
    public static final String WORD_FAMILY = "Times New Roman";

    private static final String[] FILES = {
        "/liberation/LiberationSerif-Regular.ttf",
        "/liberation/LiberationSerif-Bold.ttf",
        "/liberation/LiberationSerif-Italic.ttf",
        "/liberation/LiberationSerif-BoldItalic.ttf"};
    private static final byte[][] BYTES = new byte[4][];
    private static final FontProgram[] METRICS = new FontProgram[4];

    private DocumentFonts() {
    }

    static int face(boolean bold, boolean italic) {
        return (bold ? 1 : 0) + (italic ? 2 : 0);
    }

    /** The font file's bytes, for a PDF to embed (each PDF needs its own font objects). */
    public static synchronized byte[] bytes(boolean bold, boolean italic) {
        int face = face(bold, italic);
        if (BYTES[face] == null) {
            try (InputStream in = DocumentFonts.class.getResourceAsStream(FILES[face])) {
                if (in == null) {
                    throw new IllegalStateException("Font missing from the class path: " + FILES[face]);
                }
                BYTES[face] = in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return BYTES[face];
    }

    private static synchronized FontProgram metrics(boolean bold, boolean italic) {
        int face = face(bold, italic);
        if (METRICS[face] == null) {
            try {
                METRICS[face] = FontProgramFactory.createFont(bytes(bold, italic));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return METRICS[face];
    }

    /** The width of a line of text in points, to size rules to the text above them. */
    public static float width(String text, boolean bold, boolean italic, float size) {
        FontProgram font = metrics(bold, italic);
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Glyph glyph = font.getGlyph(codePoint);
            units += glyph == null ? 500 : glyph.getWidth();
            i += Character.charCount(codePoint);
        }
        return units * size / 1000f;
    }
}
