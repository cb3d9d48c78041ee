package vn.tdkt.exchange;

/**
 * A document a received package carried under {@code docs/}: its name there, its format (the file extension:
 * pdf, docx, xlsx), its size, and whether its content is kept in the data file ({@code kept} false: it was larger
 * than {@link vn.tdkt.core.ImportBounds#RECEIVED_DOCUMENT_BYTES} and stays in the package file).
 */
public record ReceivedDocument(String packageId, String name, String format, long size, boolean kept) {
    /**
     * The name it gets on this computer's disk: the sender chose it, so it is made safe for any file system (no
     * diacritics, no separators, never hidden or a parent folder) and keeps its extension.
     */
    public String fileName() {
        return ReceivedDocuments.fileName(name);
    }

    /** The size as people read it: whole kilobytes, at least one. */
    public long kilobytes() {
        return Math.max(1, Math.round(size / 1024.0));
    }
}
