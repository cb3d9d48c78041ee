package vn.tdkt.exchange;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Progress;
import vn.tdkt.db.Installation;

/**
 * Opens a {@code .tdkt} file and verifies all of it before anything may use it: the envelope, the
 * zip structure, every entry name, every size, the manifest and its format version, the signature
 * and every checksum. The first failure is thrown as a Vietnamese message naming the problem; each
 * check passed is added to the caller's list, so {@code package verify} can print them all.
 */
final class PackageReader {
    private static final Pattern ALLOWED = Pattern.compile(
            "manifest\\.json|manifest-sha256\\.txt|signature|data/[a-z0-9-]+\\.json|files/[0-9a-f]{64}|docs/[^/\\\\:\\p{Cntrl}]{1,200}");
    private static final byte[] ZIP_START = {'P', 'K', 3, 4};

    private final PackageCrypto crypto;
    private final Path temporaries;

    /**
     * {@code temporaries}: where the decrypted copy of a protected package lives while it is read — the
     * data folder, not the system's shared temporary folder, since the copy holds the package's records
     * in plain; named as SafeFiles names its temporaries, so one left by a killed import goes on the next start.
     */
    PackageReader(PackageCrypto crypto, Path temporaries) {
        this.crypto = crypto;
        this.temporaries = temporaries;
    }

    OpenedPackage open(Path file, char[] password, List<Check> passed, Progress progress) {
        byte[] start = start(file);
        boolean encrypted = PackageCrypto.isEncrypted(start);
        Path decrypted = null;
        Path zipPath = file;
        try {
            if (encrypted) {
                decrypted = Files.createTempFile(temporaries, ".tdkt-package.", ".tmp");
                decrypt(file, decrypted, password);
                zipPath = decrypted;
                passed.add(new Check("exchange.check.decrypted"));
            } else if (!startsWith(start, ZIP_START)) {
                throw new AppException("exchange.error.notPackage", file.getFileName());
            }
            OpenedPackage opened = verify(zipPath, encrypted, decrypted, passed, progress);
            decrypted = null;
            return opened;
        } catch (IOException e) {
            throw new AppException(e, "exchange.error.read", file, e.getMessage());
        } finally {
            deleteQuietly(decrypted);
        }
    }

    private void decrypt(Path file, Path target, char[] password) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), 1 << 16)) {
            crypto.decrypt(in, out, password);
        }
    }

    private static OpenedPackage verify(Path zipPath, boolean encrypted, Path decrypted, List<Check> passed, Progress progress)
            throws IOException {
        ZipFile zip = openZip(zipPath);
        try {
            List<ZipArchiveEntry> entries = Collections.list(zip.getEntries());
            if (entries.size() > PackageFormat.MAX_ENTRIES) {
                throw new AppException("exchange.error.tooManyEntries", entries.size(), PackageFormat.MAX_ENTRIES);
            }
            passed.add(new Check("exchange.check.structure", entries.size()));
            checkNames(entries);
            passed.add(new Check("exchange.check.names"));
            checkSizes(entries);
            passed.add(new Check("exchange.check.sizes"));

            Map<String, ZipArchiveEntry> byName = new LinkedHashMap<>();
            entries.forEach(e -> byName.put(e.getName(), e));
            byte[] manifestBytes = readSmall(zip, required(byName, PackageFormat.MANIFEST));
            byte[] checksumBytes = readSmall(zip, required(byName, PackageFormat.CHECKSUMS));
            byte[] signature = readSmall(zip, required(byName, PackageFormat.SIGNATURE));
            Manifest manifest = manifest(manifestBytes);
            passed.add(new Check("exchange.check.manifest", manifest.format(), manifest.kind(), manifest.sequence()));

            PublicKey key = PackageSignature.publicKey(manifest.source().publicKey());
            String fingerprint = Installation.fingerprintOf(Base64.getDecoder().decode(manifest.source().publicKey()));
            if (!PackageSignature.verify(key, manifestBytes, checksumBytes, signature)) {
                throw new AppException("exchange.error.signature");
            }
            passed.add(new Check("exchange.check.signature", fingerprint));

            Checksums checksums = Checksums.parse(checksumBytes);
            Map<String, byte[]> data = checkChecksums(zip, byName, checksums, progress);
            passed.add(new Check("exchange.check.checksums", checksums.byName().size()));
            List<String> docs = byName.keySet().stream().filter(n -> n.startsWith(PackageFormat.DOCS))
                    .map(n -> n.substring(PackageFormat.DOCS.length())).toList();
            return new OpenedPackage(manifest, key, fingerprint, encrypted, data, docs, checksums.byName(), zip, decrypted);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
    }

    private static ZipFile openZip(Path path) {
        try {
            return ZipFile.builder().setPath(path).get();
        } catch (IOException e) {
            throw new AppException(e, "exchange.error.truncated");
        }
    }

    private static void checkNames(List<ZipArchiveEntry> entries) {
        Set<String> seen = new HashSet<>();
        for (ZipArchiveEntry entry : entries) {
            String name = entry.getName();
            if (name.startsWith("/") || name.startsWith("\\") || name.matches("^[A-Za-z]:.*")) {
                throw new AppException("exchange.error.absolutePath", name);
            }
            for (String part : name.split("[/\\\\]")) {
                if (part.equals("..")) {
                    throw new AppException("exchange.error.pathTraversal", name);
                }
            }
            if (entry.isUnixSymlink()) {
                throw new AppException("exchange.error.symlink", name);
            }
            if (!ALLOWED.matcher(name).matches()) {
                throw new AppException("exchange.error.unexpectedEntry", name);
            }
            if (!seen.add(name)) {
                throw new AppException("exchange.error.duplicateEntry", name);
            }
        }
    }

    /** The sizes the zip declares; reading enforces them again, since a forged zip may declare less. */
    private static void checkSizes(List<ZipArchiveEntry> entries) {
        long total = 0;
        for (ZipArchiveEntry entry : entries) {
            long size = entry.getSize();
            long compressed = entry.getCompressedSize();
            if (size < 0 || size > PackageFormat.MAX_ENTRY_BYTES) {
                throw new AppException("exchange.error.entryTooLarge", entry.getName());
            }
            if (size > PackageFormat.RATIO_FLOOR_BYTES && size > PackageFormat.MAX_RATIO * Math.max(1, compressed)) {
                throw new AppException("exchange.error.zipBomb", entry.getName(), size / Math.max(1, compressed));
            }
            total += size;
            if (total > PackageFormat.MAX_TOTAL_BYTES) {
                throw new AppException("exchange.error.tooLarge");
            }
        }
    }

    private static Manifest manifest(byte[] bytes) {
        Manifest manifest = PackageJson.read(bytes, Manifest.class, PackageFormat.MANIFEST);
        String missing = manifest.missingField();
        if (missing != null) {
            throw new AppException("exchange.error.manifestField", missing);
        }
        if (manifest.major() > PackageFormat.MAJOR) {
            throw new AppException("exchange.error.newerFormat", manifest.format());
        }
        return manifest;
    }

    /**
     * Hashes every listed entry (keeping {@code data/} in memory for the kinds), and refuses an entry
     * that is not listed, a listed entry that is absent, and any content that does not match.
     */
    private static Map<String, byte[]> checkChecksums(ZipFile zip, Map<String, ZipArchiveEntry> byName, Checksums checksums,
                                                      Progress progress) throws IOException {
        for (String name : byName.keySet()) {
            if (!name.equals(PackageFormat.CHECKSUMS) && !name.equals(PackageFormat.SIGNATURE) && !checksums.byName().containsKey(name)) {
                throw new AppException("exchange.error.unlistedEntry", name);
            }
        }
        Map<String, byte[]> data = new HashMap<>();
        int done = 0;
        for (Map.Entry<String, String> listed : checksums.byName().entrySet()) {
            progress.checkCancelled();
            progress.update(done++, checksums.byName().size(), listed.getKey());
            String name = listed.getKey();
            ZipArchiveEntry entry = byName.get(name);
            if (entry == null) {
                throw new AppException("exchange.error.missingEntry", name);
            }
            String actual;
            if (name.startsWith(PackageFormat.DATA)) {
                byte[] bytes = readSmall(zip, entry);
                data.put(name, bytes);
                actual = Checksums.hex(bytes);
            } else {
                try (InputStream in = bounded(zip, entry)) {
                    actual = Checksums.hex(in);
                }
            }
            if (!actual.equals(listed.getValue())) {
                throw new AppException("exchange.error.checksum", name);
            }
            if (name.startsWith(PackageFormat.FILES) && !name.substring(PackageFormat.FILES.length()).equals(actual)) {
                throw new AppException("exchange.error.checksum", name);
            }
        }
        return data;
    }

    private static ZipArchiveEntry required(Map<String, ZipArchiveEntry> byName, String name) {
        ZipArchiveEntry entry = byName.get(name);
        if (entry == null) {
            throw new AppException("exchange.error.missingEntry", name);
        }
        return entry;
    }

    private static byte[] readSmall(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        if (entry.getSize() > PackageFormat.MAX_IN_MEMORY_BYTES) {
            throw new AppException("exchange.error.entryTooLarge", entry.getName());
        }
        try (InputStream in = bounded(zip, entry)) {
            return in.readAllBytes();
        }
    }

    /** The entry's content, cut off with an error past its declared size: a forged header cannot make it expand. */
    static InputStream bounded(ZipFile zip, ZipArchiveEntry entry) throws IOException {
        InputStream in = zip.getInputStream(entry);
        long limit = entry.getSize();
        return new java.io.FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    read += n;
                    if (read > limit) {
                        throw new AppException("exchange.error.sizeMismatch", entry.getName());
                    }
                }
                return n;
            }
        };
    }

    private static byte[] start(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(PackageCrypto.MAGIC.length);
        } catch (NoSuchFileException e) {
            throw new AppException(e, "exchange.error.noFile", file);
        } catch (IOException e) {
            throw new AppException(e, "exchange.error.read", file, e.getMessage());
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && java.util.Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // A temporary copy in the system's temp folder; the verdict matters more.
            }
        }
    }
}
