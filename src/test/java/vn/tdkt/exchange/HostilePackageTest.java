package vn.tdkt.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;

/**
 * Every hostile package the issue names, made as a real file from a genuine one: each is refused
 * with its own message and leaves every table of the receiver as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostilePackageTest {
    Path dir;

    Echelon regiment;
    Echelon division;
    Path genuine;
    Map<String, byte[]> entries;
    String before;

    @BeforeAll
    void setUp(@TempDir Path folder) throws Exception {
        dir = folder;
        regiment = Echelon.regiment(dir.resolve("a"), "TrD19");
        division = Echelon.division(dir.resolve("d"));
        genuine = dir.resolve("genuine.tdkt");
        regiment.export("TrD19", genuine, null);
        entries = Packages.entries(genuine);
        before = division.dump();
    }

    @AfterAll
    void tearDown() {
        regiment.close();
        division.close();
    }

    @BeforeEach
    void nothingChangedSoFar() {
        assertThat(division.dump()).isEqualTo(before);
    }

    /** Import is refused with this message key, the sentence is Vietnamese, and no row changed. */
    private void refused(Path file, String key) {
        assertThatThrownBy(() -> division.importFrom(file, regiment))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(Messages.vietnamese().get(e.messageKey(), e.args())).isNotEqualTo(key);
                });
        assertThat(division.dump()).isEqualTo(before);
    }

    private Path changed(String name, java.util.function.Consumer<Map<String, byte[]>> change) throws Exception {
        Map<String, byte[]> copy = new LinkedHashMap<>(entries);
        change.accept(copy);
        Path file = dir.resolve(name + ".tdkt");
        Packages.write(file, copy);
        return file;
    }

    @Test
    void theGenuinePackageRewrittenAsIsStillVerifies() throws Exception {
        Path same = changed("same", m -> { });
        assertThat(division.exchange().verify(same, null, new java.util.ArrayList<>()).manifest().kind()).isEqualTo("snapshot");
    }

    @Test
    void tamperedDataFile() throws Exception {
        refused(changed("tampered-data", m -> m.put("data/people.json",
                new String(m.get("data/people.json"), StandardCharsets.UTF_8).replace("Trần Thị Lan", "Trần Thị Lam")
                        .getBytes(StandardCharsets.UTF_8))), "exchange.error.checksum");
    }

    @Test
    void tamperedDocument() throws Exception {
        refused(changed("tampered-doc", m -> {
            byte[] doc = m.get("docs/quan-so-TrD19.xlsx").clone();
            doc[doc.length / 2] ^= 1;
            m.put("docs/quan-so-TrD19.xlsx", doc);
        }), "exchange.error.checksum");
    }

    @Test
    void missingFile() throws Exception {
        refused(changed("missing", m -> m.remove("data/units.json")), "exchange.error.missingEntry");
    }

    @Test
    void extraUnlistedFile() throws Exception {
        refused(changed("extra", m -> m.put("data/extra.json", "{}".getBytes(StandardCharsets.UTF_8))), "exchange.error.unlistedEntry");
    }

    @Test
    void badSignature() throws Exception {
        refused(changed("bad-signature", m -> {
            byte[] signature = m.get("signature").clone();
            signature[3] = (byte) (signature[3] == 'A' ? 'B' : 'A');
            m.put("signature", signature);
        }), "exchange.error.signature");
    }

    @Test
    void manifestChangedAndChecksumsRedoneWithoutTheKey() throws Exception {
        // Someone raises the sequence and fixes the checksum list, but cannot sign: the old signature fails.
        Manifest real = Packages.manifest(entries);
        Map<String, byte[]> forged = Packages.withManifest(entries, new Manifest(real.format(), real.packageId(), real.kind(),
                real.subject(), real.createdAt(), real.source(), real.unit(), 99, real.personalData(), real.summary()));
        Checksums checksums = new Checksums();
        forged.forEach((name, bytes) -> {
            if (!name.equals("signature") && !name.equals("manifest-sha256.txt")) {
                checksums.put(name, Checksums.hex(bytes));
            }
        });
        forged.put("manifest-sha256.txt", checksums.toBytes());
        Path file = dir.resolve("forged-manifest.tdkt");
        Packages.write(file, forged);
        refused(file, "exchange.error.signature");
    }

    @Test
    void unknownKeyDeclined() {
        assertThatThrownBy(() -> division.exchange().importPackage(genuine, null, null, Progress.NONE))
                .hasMessageContaining("exchange.error.untrusted");
        assertThat(division.dump()).isEqualTo(before);
    }

    @Test
    void zipSlipEntry() throws Exception {
        refused(changed("slip", m -> m.put("docs/../../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8))),
                "exchange.error.pathTraversal");
    }

    @Test
    void absolutePath() throws Exception {
        refused(changed("absolute", m -> m.put("/etc/cron.d/evil", "x".getBytes(StandardCharsets.UTF_8))), "exchange.error.absolutePath");
        refused(changed("drive", m -> m.put("C:/Windows/evil.dll", "x".getBytes(StandardCharsets.UTF_8))), "exchange.error.absolutePath");
    }

    @Test
    void symlinkEntry() throws Exception {
        Path file = dir.resolve("symlink.tdkt");
        try (OutputStream out = Files.newOutputStream(file); ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeArchiveEntry();
            }
            ZipArchiveEntry link = new ZipArchiveEntry("docs/link");
            link.setUnixMode(0120777);
            zip.putArchiveEntry(link);
            zip.write("/home".getBytes(StandardCharsets.UTF_8));
            zip.closeArchiveEntry();
        }
        refused(file, "exchange.error.symlink");
    }

    @Test
    void zipBomb() throws Exception {
        refused(changed("bomb", m -> m.put("docs/bom.txt", new byte[64 << 20])), "exchange.error.zipBomb");
    }

    @Test
    void truncatedZip() throws Exception {
        byte[] bytes = Files.readAllBytes(genuine);
        Path file = dir.resolve("truncated.tdkt");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length * 2 / 3));
        refused(file, "exchange.error.truncated");
    }

    @Test
    void notAZip() throws Exception {
        Path file = dir.resolve("letter.tdkt");
        Files.writeString(file, "Kính gửi Sư đoàn 3");
        refused(file, "exchange.error.notPackage");
    }

    @Test
    void newerFormatVersion() throws Exception {
        Manifest real = Packages.manifest(entries);
        Map<String, byte[]> newer = Packages.resigned(Packages.withManifest(entries, new Manifest("2.0", real.packageId(),
                real.kind(), real.subject(), real.createdAt(), real.source(), real.unit(), real.sequence(), real.personalData(),
                real.summary())), regiment.app.installation());
        Path file = dir.resolve("newer.tdkt");
        Packages.write(file, newer);
        refused(file, "exchange.error.newerFormat");
        assertThat(Messages.vietnamese().get("exchange.error.newerFormat", "2.0")).contains("hãy cập nhật phần mềm");
    }

    @Test
    void verifyListsTheChecksPassedBeforeTheFailure() throws Exception {
        java.util.List<Check> checks = new java.util.ArrayList<>();
        Path file = changed("verify-tampered", m -> m.put("data/units.json", "{\"units\":[]}".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> division.exchange().verify(file, null, checks)).hasMessageContaining("exchange.error.checksum");
        assertThat(checks).extracting(Check::key).containsExactly("exchange.check.structure", "exchange.check.names",
                "exchange.check.sizes", "exchange.check.manifest", "exchange.check.signature");
    }
}
