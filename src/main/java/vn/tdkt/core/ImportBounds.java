package vn.tdkt.core;

/**
 * Limits on what an imported file can put into the system: how long a cell may be when read (memory
 * stays bounded whatever the file holds), how long a stored field may be, how much of a refused value
 * a message repeats, how many rows a sheet may have, and how large a received document may be to be kept.
 */
public final class ImportBounds {
    /** The setting's default: far above a division's roster, far below the 1,048,576 rows a sheet allows. */
    public static final int DEFAULT_ROW_LIMIT = 100_000;
    /** A name longer than this is not a name. */
    public static final int NAME_LENGTH = 100;
    /** Ranks, positions, home towns, units. */
    public static final int FIELD_LENGTH = 255;
    /** Notes. */
    public static final int LONG_FIELD_LENGTH = 2_000;
    /** A cell is cut to this when read: longer than any field, so an overlong one is still seen as such. */
    public static final int CELL_READ_LENGTH = 4_096;
    /**
     * A document a received package carries is kept in the data file up to this size: a Tờ trình is tens of
     * kilobytes, an ĐHTT hồ sơ with its photographs tens of megabytes. A larger one is listed but stays in the
     * package file, since every backup copies the data file whole and the document is read into memory to store it.
     */
    public static final long RECEIVED_DOCUMENT_BYTES = 64L << 20;
    private static final int ECHO_LENGTH = 60;

    private ImportBounds() {
    }

    /** The cell's text as it is kept in memory while reading. */
    public static String cell(String raw) {
        return raw == null || raw.length() <= CELL_READ_LENGTH ? raw : raw.substring(0, CELL_READ_LENGTH);
    }

    /** What a message repeats of a value: the start of it, marked as cut. */
    public static String echo(String value) {
        if (value == null || value.length() <= ECHO_LENGTH) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(ECHO_LENGTH - 1)) ? ECHO_LENGTH - 1 : ECHO_LENGTH;
        return value.substring(0, end) + "…";
    }
}
