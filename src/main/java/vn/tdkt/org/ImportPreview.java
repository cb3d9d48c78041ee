package vn.tdkt.org;

import java.nio.file.Path;
import java.util.List;

/** What an import would do, shown before anything is written. */
public record ImportPreview(Path file, ColumnMapping mapping, SheetTable table, List<ImportRow> additions,
                            List<ImportRow> updates, List<Rejection> rejections) {
    public boolean nothingToImport() {
        return additions.isEmpty() && updates.isEmpty();
    }
}
