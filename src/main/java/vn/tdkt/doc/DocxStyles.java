package vn.tdkt.doc;

import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The Word styles and list numbering of every .docx: one named style per {@link ParagraphStyle}, all Times New Roman. */
final class DocxStyles {
    /** The language of every run: Word checks the spelling as Vietnamese. */
    static final String LANGUAGE = "vi-VN";
    private static final String WORD_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private DocxStyles() {
    }

    static void install(XWPFDocument docx) {
        XWPFStyles styles = docx.createStyles();
        styles.setDefaultFonts(fonts());
        styles.setSpellingLanguage(LANGUAGE);
        add(styles, style("Normal", "Normal", null, 14, false, false, Align.LEFT, false, 0, 0, false, -1));
        for (ParagraphStyle paragraph : ParagraphStyle.values()) {
            int outline = paragraph == ParagraphStyle.HEADING1 ? 0 : paragraph == ParagraphStyle.HEADING2 ? 1 : -1;
            add(styles, style(paragraph.styleId(), paragraph.styleName(), "Normal", paragraph.size(), paragraph.bold(), paragraph.italic(),
                    paragraph.align(), paragraph.firstLineIndent(), paragraph.spaceBefore(), paragraph.spaceAfter(), paragraph.keepWithNext(), outline));
        }
    }

    /**
     * Word opens the file as a Vietnamese document of its current version: Vietnamese as the language of the
     * text (spelling checked as Vietnamese) and the theme, and the compatibility mode of Word 2013 and later
     * so it lays pages out as current Word does rather than in compatibility mode.
     */
    static void vietnameseSettings(XWPFDocument docx) {
        CTSettings settings = settings(docx);
        // poi-ooxml-lite lacks the compat types, so the element is written through a cursor, in schema order:
        // compat comes before themeFontLang and after everything POI writes by default.
        try (XmlCursor cursor = settings.newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(WORD_NS, "compat", "w"));
            cursor.beginElement(new QName(WORD_NS, "compatSetting", "w"));
            cursor.insertAttributeWithValue(new QName(WORD_NS, "name", "w"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(WORD_NS, "uri", "w"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(WORD_NS, "val", "w"), "15");
        }
        settings.addNewThemeFontLang().setVal(LANGUAGE);
    }

    private static CTSettings settings(XWPFDocument docx) {
        for (org.apache.poi.ooxml.POIXMLDocumentPart part : docx.getRelations()) {
            if (part instanceof XWPFSettings found) {
                return found.getCTSettings();
            }
        }
        throw new IllegalStateException("the document has no settings part");
    }

    private static void add(XWPFStyles styles, CTStyle style) {
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static CTFonts fonts() {
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(DocumentFonts.WORD_FAMILY);
        fonts.setHAnsi(DocumentFonts.WORD_FAMILY);
        fonts.setCs(DocumentFonts.WORD_FAMILY);
        fonts.setEastAsia(DocumentFonts.WORD_FAMILY);
        return fonts;
    }

    private static CTStyle style(String id, String name, String basedOn, float size, boolean bold, boolean italic, Align align,
                                 boolean firstLineIndent, float before, float after, boolean keepNext, int outline) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (basedOn == null) {
            style.setDefault(true);
        } else {
            style.addNewBasedOn().setVal(basedOn);
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        CTSpacing spacing = paragraph.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf(Math.round(before * 20)));
        spacing.setAfter(BigInteger.valueOf(Math.round(after * 20)));
        spacing.setLine(BigInteger.valueOf(240));
        spacing.setLineRule(STLineSpacingRule.AUTO);
        paragraph.addNewJc().setVal(switch (align) {
            case LEFT -> STJc.LEFT;
            case CENTER -> STJc.CENTER;
            case RIGHT -> STJc.RIGHT;
            case JUSTIFY -> STJc.BOTH;
        });
        if (firstLineIndent) {
            paragraph.addNewInd().setFirstLine(BigInteger.valueOf(PageSetup.twips(ParagraphStyle.FIRST_LINE_INDENT_MM)));
        }
        if (keepNext) {
            paragraph.addNewKeepNext();
            paragraph.addNewKeepLines();
        }
        if (basedOn == null) {
            // Word's default; written out so LibreOffice and Word both leave no single line alone at a page's top or foot.
            paragraph.addNewWidowControl();
        }
        if (outline >= 0) {
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        run.addNewRFonts().set(fonts());
        run.addNewLang().setVal(LANGUAGE);
        run.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        run.addNewSzCs().setVal(BigInteger.valueOf(Math.round(size * 2)));
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        return style;
    }

    /** A one-level list: "-" bullets or "1." numbers, in Times New Roman (else Word shows the bullet in Symbol). */
    static BigInteger addListLevel(XWPFNumbering numbering, int id, boolean numbered) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(numbered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
        level.addNewLvlText().setVal(numbered ? "%1." : "-");
        level.addNewLvlJc().setVal(STJc.LEFT);
        CTInd indent = level.addNewPPr().addNewInd();
        int hanging = PageSetup.twips(DocxRenderer.LIST_HANGING_MM);
        indent.setLeft(BigInteger.valueOf(PageSetup.twips(ParagraphStyle.FIRST_LINE_INDENT_MM) + hanging));
        indent.setHanging(BigInteger.valueOf(hanging));
        level.addNewRPr().addNewRFonts().set(fonts());
        return numbering.addAbstractNum(new XWPFAbstractNum(list, numbering));
    }
}
