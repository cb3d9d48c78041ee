package vn.tdkt.exchange;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import vn.tdkt.core.Progress;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.db.Installation;

/**
 * Writes a {@code .tdkt} package: entries, checksum list, signature, optionally inside the password
 * envelope, through {@link SafeFiles} (temporary name, flushed, moved into place). Nothing
 * unencrypted reaches the disk when a password is given: the zip is encrypted as it is written.
 */
final class PackageWriter {
    private final PackageCrypto crypto;

    PackageWriter(PackageCrypto crypto) {
        this.crypto = crypto;
    }

    void write(Path target, Manifest manifest, PackageContents contents, Installation installation, char[] password,
               Progress progress) {
        SafeFiles.write(target, out -> {
            OutputStream sink = password == null ? nonClosing(out) : crypto.encrypting(nonClosing(out), password);
            try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(new BufferedOutputStream(sink, 1 << 16))) {
                writeEntries(zip, manifest, contents, installation, progress);
            }
        });
    }

    private static void writeEntries(ZipArchiveOutputStream zip, Manifest manifest, PackageContents contents,
                                     Installation installation, Progress progress) throws IOException {
        Checksums checksums = new Checksums();
        byte[] manifestBytes = PackageJson.write(manifest);
        put(zip, checksums, PackageFormat.MANIFEST, manifestBytes);
        for (Map.Entry<String, byte[]> data : contents.data().entrySet()) {
            put(zip, checksums, PackageFormat.DATA + data.getKey() + ".json", data.getValue());
        }
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path attachment : contents.attachments()) {
            try (InputStream in = Files.newInputStream(attachment)) {
                files.putIfAbsent(PackageFormat.FILES + Checksums.hex(in), attachment);
            }
        }
        files.putAll(prefixed(contents.docs()));
        long total = files.size();
        long done = 0;
        for (Map.Entry<String, Path> file : files.entrySet()) {
            progress.checkCancelled();
            progress.update(done++, total, file.getKey());
            zip.putArchiveEntry(new ZipArchiveEntry(file.getKey()));
            DigestInputStream in = new DigestInputStream(Files.newInputStream(file.getValue()), Checksums.sha256());
            try (in) {
                in.transferTo(zip);
            }
            checksums.put(file.getKey(), HexFormat.of().formatHex(in.getMessageDigest().digest()));
            zip.closeArchiveEntry();
        }
        byte[] checksumBytes = checksums.toBytes();
        putRaw(zip, PackageFormat.CHECKSUMS, checksumBytes);
        putRaw(zip, PackageFormat.SIGNATURE, PackageSignature.sign(installation.privateKeyObject(), manifestBytes, checksumBytes));
        progress.update(total, total, "");
    }

    private static Map<String, Path> prefixed(Map<String, Path> docs) {
        Map<String, Path> named = new LinkedHashMap<>();
        docs.forEach((name, path) -> named.put(PackageFormat.DOCS + name, path));
        return named;
    }

    private static void put(ZipArchiveOutputStream zip, Checksums checksums, String name, byte[] bytes) throws IOException {
        putRaw(zip, name, bytes);
        checksums.put(name, Checksums.hex(bytes));
    }

    private static void putRaw(ZipArchiveOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(bytes);
        zip.closeArchiveEntry();
    }

    /** SafeFiles flushes and syncs the file after the writer returns, so the envelope must not close it. */
    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                out.flush();
            }
        };
    }

    static String publicKeyText(Installation installation) {
        return Base64.getEncoder().encodeToString(installation.publicKey());
    }
}
