package vn.tdkt.org;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.tdkt.core.ImportBounds;

/**
 * Reads an .xlsx by streaming its sheet XML (SAX) instead of building POI's cell objects. The cell
 * values are taken straight from the XML as plain strings: POI's own streaming handler wraps every
 * text cell in an XMLBeans rich-text object, which was half the time of a 10,000-row import. Cells
 * come out as the same {@link SheetCell}s as from the .xls reader: cells formatted as dates become real
 * dates, booleans "x" or blank, error results errors.
 */
final class XlsxStreamReader {
    private XlsxStreamReader() {
    }

    static List<WorkbookReader.RawSheet> read(Path file, int rowLimit) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings = new ArrayList<>();
            // A workbook whose cells are all inline strings or numbers has no shared-strings part.
            for (PackagePart part : pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
                try (InputStream shared = part.getInputStream()) {
                    parse(shared, new SharedStrings(strings));
                }
            }
            DateStyles dates = new DateStyles(reader.getStylesTable());
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<WorkbookReader.RawSheet> result = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    Rows rows = new Rows(rowLimit, file.getFileName().toString(), strings, dates);
                    parse(sheet, rows);
                    result.add(new WorkbookReader.RawSheet(sheets.getSheetName(), rows.rows));
                }
            }
            return result;
        }
    }

    private static void parse(InputStream xml, DefaultHandler handler) throws Exception {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(xml));
    }

    /** Text of an element, cut at the read length so a huge cell never fills memory. */
    private static final class CellText {
        private final StringBuilder text = new StringBuilder();

        void add(char[] ch, int start, int length) {
            int room = ImportBounds.CELL_READ_LENGTH - text.length();
            if (room > 0) {
                text.append(ch, start, Math.min(length, room));
            }
        }

        String take() {
            String value = text.toString();
            text.setLength(0);
            return value;
        }
    }

    /** sharedStrings.xml: each {@code <si>} is one string, its {@code <t>} texts joined, phonetic runs left out. */
    private static final class SharedStrings extends DefaultHandler {
        private final List<String> strings;
        private final CellText text = new CellText();
        private boolean inText;
        private boolean inPhonetic;

        SharedStrings(List<String> strings) {
            this.strings = strings;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "t" -> inText = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "t" -> inText = false;
                case "rPh" -> inPhonetic = false;
                case "si" -> strings.add(text.take());
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inText) {
                text.add(ch, start, length);
            }
        }
    }

    /** Which cell styles show a number as a date, worked out once per style. */
    private static final class DateStyles {
        private final StylesTable styles;
        private final Map<Integer, Boolean> isDate = new HashMap<>();

        DateStyles(StylesTable styles) {
            this.styles = styles;
        }

        boolean date(int styleIndex) {
            if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
                return false;
            }
            return isDate.computeIfAbsent(styleIndex, i -> {
                XSSFCellStyle style = styles.getStyleAt(i);
                return style != null && style.getDataFormatString() != null
                        && DateUtil.isADateFormat(style.getDataFormat(), style.getDataFormatString());
            });
        }
    }

    /** A sheet's non-blank rows, each cell in its column. */
    private static final class Rows extends DefaultHandler {
        private final List<SheetRow> rows = new ArrayList<>();
        private final int rowLimit;
        private final String fileName;
        private final List<String> strings;
        private final DateStyles dates;
        private final CellText text = new CellText();
        private List<SheetCell> cells;
        private int rowNumber;
        private int column;
        private String type;
        private int style;
        private boolean inValue;
        private boolean inPhonetic;

        Rows(int rowLimit, String fileName, List<String> strings, DateStyles dates) {
            this.rowLimit = rowLimit;
            this.fileName = fileName;
            this.strings = strings;
            this.dates = dates;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    String r = attributes.getValue("r");
                    column = r == null ? cells.size() : column(r);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.take();
                }
                // <v> holds the value; <t> the text of an inline string (not of its phonetic guide); <f> is skipped.
                case "v" -> inValue = true;
                case "t" -> inValue = !inPhonetic;
                case "rPh" -> inPhonetic = true;
                default -> { }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "rPh" -> inPhonetic = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(SheetCell.BLANK);
                    }
                    cells.add(cell(text.take()));
                }
                case "row" -> endRow();
                default -> { }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.add(ch, start, length);
            }
        }

        private void endRow() {
            if (cells.stream().anyMatch(c -> !(c instanceof SheetCell.Blank))) {
                if (rows.size() >= rowLimit) {
                    // Stops the parse here: memory never holds more than the limit.
                    throw WorkbookReader.tooManyRows(fileName, rowLimit);
                }
                rows.add(new SheetRow(rowNumber, cells));
            }
        }

        private SheetCell cell(String value) {
            if (value.isEmpty()) {
                return SheetCell.BLANK;
            }
            return switch (type == null ? "n" : type) {
                case "n" -> number(Double.parseDouble(value));
                case "e" -> new SheetCell.Error(value);
                case "s" -> text(sharedString(value));
                case "b" -> value.equals("1") ? new SheetCell.Text("x") : SheetCell.BLANK;
                // "str" (a formula's text result) and "inlineStr".
                default -> text(value);
            };
        }

        private SheetCell number(double value) {
            return dates.date(style) && DateUtil.isValidExcelDate(value)
                    ? new SheetCell.DateValue(DateUtil.getLocalDateTime(value, false).toLocalDate())
                    : new SheetCell.Number(value);
        }

        private String sharedString(String index) {
            int i = Integer.parseInt(index.strip());
            return i >= 0 && i < strings.size() ? strings.get(i) : "";
        }

        private static SheetCell text(String value) {
            return value.isBlank() ? SheetCell.BLANK : new SheetCell.Text(value);
        }

        /** "AB12" → 27: the letters of a cell reference as a column index. */
        private static int column(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return column - 1;
        }
    }
}
