package vn.tdkt.doc;

/** The two file formats every document is produced in. */
public enum DocumentFormat {
    DOCX("docx"),
    PDF("pdf");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }
}
