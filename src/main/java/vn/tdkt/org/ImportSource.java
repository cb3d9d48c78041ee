package vn.tdkt.org;

import java.nio.file.Path;

/** A roster file read and its header found, with the column mapping suggested (remembered or recognised). */
public record ImportSource(Path file, SheetTable table, ColumnMapping suggested) {
}
