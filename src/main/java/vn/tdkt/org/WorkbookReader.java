package vn.tdkt.org;

import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EmptyFileException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import vn.tdkt.core.AppException;
import vn.tdkt.core.ImportBounds;

/**
 * Reads every non-blank row of every sheet of an .xlsx (streamed) or .xls file into plain cells. Files that are
 * empty, password-protected or not spreadsheets at all end in a Vietnamese message naming the file.
 */
public final class WorkbookReader {
    /** One sheet's non-blank rows. */
    public record RawSheet(String name, List<SheetRow> rows) {
    }

    private WorkbookReader() {
    }

    /** Refuses a sheet with more than {@code rowLimit} rows before keeping them all in memory. */
    public static List<RawSheet> read(Path file, int rowLimit) {
        String name = file.getFileName().toString();
        try {
            if (!Files.isRegularFile(file)) {
                throw new AppException("roster.import.error.missing", file);
            }
            if (Files.size(file) == 0) {
                throw new AppException("roster.import.error.empty", name);
            }
            if (FileMagic.valueOf(file.toFile()) == FileMagic.OOXML) {
                return XlsxStreamReader.read(file, rowLimit);
            }
            try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
                List<RawSheet> sheets = new ArrayList<>();
                for (Sheet sheet : workbook) {
                    if (sheet.getPhysicalNumberOfRows() > rowLimit) {
                        throw tooManyRows(name, rowLimit);
                    }
                    sheets.add(new RawSheet(sheet.getSheetName(), rows(sheet)));
                }
                return sheets;
            }
        } catch (EmptyFileException empty) {
            throw new AppException(empty, "roster.import.error.empty", name);
        } catch (EncryptedDocumentException locked) {
            throw new AppException(locked, "roster.import.error.password", name);
        } catch (NoSuchFileException | FileNotFoundException missing) {
            throw new AppException(missing, "roster.import.error.missing", file);
        } catch (Exception notSpreadsheet) {
            for (Throwable t = notSpreadsheet; t != null; t = t.getCause()) {
                if (t instanceof AppException app) {
                    throw app;
                }
            }
            throw new AppException(notSpreadsheet, "roster.import.error.notSpreadsheet", name);
        }
    }

    static AppException tooManyRows(String fileName, int rowLimit) {
        return new AppException("roster.import.error.tooManyRows", fileName, String.format("%,d", rowLimit).replace(',', '.'));
    }

    private static List<SheetRow> rows(Sheet sheet) {
        List<SheetRow> rows = new ArrayList<>(Math.max(16, sheet.getLastRowNum() + 1));
        for (Row row : sheet) {
            int width = Math.max(0, row.getLastCellNum());
            List<SheetCell> cells = new ArrayList<>(width);
            boolean blank = true;
            for (int c = 0; c < width; c++) {
                SheetCell cell = cell(row.getCell(c));
                cells.add(cell);
                blank &= cell instanceof SheetCell.Blank;
            }
            if (!blank) {
                rows.add(new SheetRow(row.getRowNum() + 1, cells));
            }
        }
        return rows;
    }

    private static SheetCell cell(Cell cell) {
        if (cell == null) {
            return SheetCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> {
                String text = ImportBounds.cell(cell.getStringCellValue());
                yield text == null || text.isBlank() ? SheetCell.BLANK : new SheetCell.Text(text);
            }
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? new SheetCell.DateValue(cell.getLocalDateTimeCellValue().toLocalDate())
                    : new SheetCell.Number(cell.getNumericCellValue());
            case BOOLEAN -> new SheetCell.Text(cell.getBooleanCellValue() ? "x" : "");
            case ERROR -> new SheetCell.Error(errorCode(cell.getErrorCellValue()));
            default -> SheetCell.BLANK;
        };
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            return "#ERR" + code;
        }
    }
}
