package vn.tdkt.exchange;

/** The names and limits of the {@code .tdkt} format, as docs/package-format.md describes them. */
final class PackageFormat {
    /** Written into every manifest; a reader takes any minor of its major and refuses a newer major. */
    static final String VERSION = "1.0";
    static final int MAJOR = 1;

    static final String MANIFEST = "manifest.json";
    static final String CHECKSUMS = "manifest-sha256.txt";
    static final String SIGNATURE = "signature";
    static final String DATA = "data/";
    static final String FILES = "files/";
    static final String DOCS = "docs/";

    /** Bounds that stop a zip bomb before it fills the disk or the memory. */
    static final int MAX_ENTRIES = 100_000;
    static final long MAX_ENTRY_BYTES = 1L << 30;
    static final long MAX_TOTAL_BYTES = 4L << 30;
    /** Manifest, checksum list, signature and data/*.json are read into memory. */
    static final long MAX_IN_MEMORY_BYTES = 64L << 20;
    /** Above this size an entry may expand at most {@link #MAX_RATIO} times. */
    static final long RATIO_FLOOR_BYTES = 1L << 20;
    static final long MAX_RATIO = 100;

    private PackageFormat() {
    }
}
