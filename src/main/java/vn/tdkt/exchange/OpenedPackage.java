package vn.tdkt.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * A package whose structure, checksums and signature have all been verified. Kinds read their records
 * from it; attachments are streamed from the zip. Closing it removes the decrypted copy, if any.
 */
public final class OpenedPackage implements AutoCloseable {
    private final Manifest manifest;
    private final PublicKey key;
    private final String fingerprint;
    private final boolean encrypted;
    private final Map<String, byte[]> data;
    private final List<String> docs;
    private final Map<String, String> checksums;
    private final ZipFile zip;
    private final Path decrypted;

    OpenedPackage(Manifest manifest, PublicKey key, String fingerprint, boolean encrypted, Map<String, byte[]> data,
                  List<String> docs, Map<String, String> checksums, ZipFile zip, Path decrypted) {
        this.manifest = manifest;
        this.key = key;
        this.fingerprint = fingerprint;
        this.encrypted = encrypted;
        this.data = data;
        this.docs = docs;
        this.checksums = checksums;
        this.zip = zip;
        this.decrypted = decrypted;
    }

    public Manifest manifest() {
        return manifest;
    }

    PublicKey key() {
        return key;
    }

    /** The sender's key fingerprint, in the form its own app shows (Tổng quan, {@code check}). */
    public String fingerprint() {
        return fingerprint;
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** The records of {@code data/NAME.json}; a missing entry is a refused package. */
    public <T> T data(String name, Class<T> type) {
        String entry = PackageFormat.DATA + name + ".json";
        byte[] bytes = data.get(entry);
        if (bytes == null) {
            throw new vn.tdkt.core.AppException("exchange.error.missingEntry", entry);
        }
        return PackageJson.read(bytes, type, entry);
    }

    /** The records of {@code data/NAME.json} when the package has that entry (one a newer format added). */
    public <T> java.util.Optional<T> optionalData(String name, Class<T> type) {
        return data.containsKey(PackageFormat.DATA + name + ".json") ? java.util.Optional.of(data(name, type)) : java.util.Optional.empty();
    }

    /** The names under {@code docs/}. */
    public List<String> docs() {
        return docs;
    }

    /** A document under {@code docs/} as the zip declares it, before its content is read: its size and SHA-256. */
    record DocEntry(String name, long size, String sha256) {
    }

    /** The documents under {@code docs/}, in the package's order. */
    List<DocEntry> docEntries() {
        return docs.stream().map(name -> {
            String entry = PackageFormat.DOCS + name;
            return new DocEntry(name, zip.getEntry(entry).getSize(), checksums.get(entry));
        }).toList();
    }

    /**
     * A document's content, hashed again as it is read: the package file may have been changed on the stick
     * since it was verified, and what is kept must be what was signed. A mismatch refuses the package.
     */
    byte[] doc(DocEntry doc) throws IOException {
        var entry = zip.getEntry(PackageFormat.DOCS + doc.name());
        byte[] bytes;
        try (InputStream in = PackageReader.bounded(zip, entry)) {
            bytes = in.readAllBytes();
        }
        if (!Checksums.hex(bytes).equals(doc.sha256())) {
            throw new vn.tdkt.core.AppException("exchange.error.checksum", entry.getName());
        }
        return bytes;
    }

    /** An attachment by its SHA-256 (already checked against its content). */
    public InputStream file(String sha256) throws IOException {
        var entry = zip.getEntry(PackageFormat.FILES + sha256);
        if (entry == null) {
            throw new vn.tdkt.core.AppException("exchange.error.missingEntry", PackageFormat.FILES + sha256);
        }
        return zip.getInputStream(entry);
    }

    @Override
    public void close() {
        try {
            zip.close();
            if (decrypted != null) {
                Files.deleteIfExists(decrypted);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
