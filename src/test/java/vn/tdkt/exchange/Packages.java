package vn.tdkt.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import vn.tdkt.db.Installation;

/** Takes real package files apart and puts them back together, as someone tampering with a stick would. */
final class Packages {
    private Packages() {
    }

    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = ZipFile.builder().setPath(file).get()) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    static void write(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
        }
    }

    /** The entries with the checksum list and the signature made anew with {@code signer}'s key. */
    static Map<String, byte[]> resigned(Map<String, byte[]> entries, Installation signer) {
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.remove(PackageFormat.CHECKSUMS);
        out.remove(PackageFormat.SIGNATURE);
        Checksums checksums = new Checksums();
        out.forEach((name, bytes) -> checksums.put(name, Checksums.hex(bytes)));
        out.put(PackageFormat.CHECKSUMS, checksums.toBytes());
        out.put(PackageFormat.SIGNATURE, PackageSignature.sign(signer.privateKeyObject(), out.get(PackageFormat.MANIFEST), checksums.toBytes()));
        return out;
    }

    static Manifest manifest(Map<String, byte[]> entries) {
        return PackageJson.read(entries.get(PackageFormat.MANIFEST), Manifest.class, PackageFormat.MANIFEST);
    }

    static Map<String, byte[]> withManifest(Map<String, byte[]> entries, Manifest manifest) {
        Map<String, byte[]> out = new LinkedHashMap<>(entries);
        out.put(PackageFormat.MANIFEST, PackageJson.write(manifest));
        return out;
    }
}
