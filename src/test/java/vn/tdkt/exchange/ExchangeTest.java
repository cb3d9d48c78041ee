package vn.tdkt.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Progress;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Unit;

/** A regiment sends its snapshot to the division on a "stick" (a temp folder); the division imports it. */
class ExchangeTest {
    @TempDir
    Path dir;

    Echelon regiment;
    Echelon division;
    Path stick;

    @BeforeEach
    void setUp() throws Exception {
        regiment = Echelon.regiment(dir.resolve("a"), "TrD19");
        division = Echelon.division(dir.resolve("d"));
        stick = Files.createDirectories(dir.resolve("usb"));
    }

    @AfterEach
    void tearDown() {
        regiment.close();
        division.close();
    }

    @Test
    void aSnapshotTravelsUpAndSitsUnderTheDivisionMarkedWithItsSource() throws Exception {
        Path file = stick.resolve("TrD19.tdkt");
        ExchangeService.Exported exported = regiment.export("TrD19", file, null);

        assertThat(exported.unprotectedPersonalData()).isTrue();
        assertThat(exported.manifest().sequence()).isEqualTo(1);
        assertThat(Packages.entries(file).keySet()).contains("manifest.json", "data/units.json", "data/people.json",
                "docs/quan-so-TrD19.xlsx", "manifest-sha256.txt", "signature");

        List<Check> checks = new ArrayList<>();
        ExchangeService.Verified verified = division.exchange().verify(file, null, checks);
        assertThat(verified.trust()).isEqualTo(ExchangeService.Trust.NEW);
        assertThat(verified.fingerprint()).isEqualTo(regiment.fingerprint());
        assertThat(checks).extracting(Check::key).contains("exchange.check.signature", "exchange.check.checksums",
                "exchange.check.names", "exchange.check.sizes");

        ExchangeService.Imported imported = division.importFrom(file, regiment);
        assertThat(imported.outcome()).isEqualTo(ExchangeService.Outcome.IMPORTED);
        Unit f3 = division.app.units().byCode("F3").orElseThrow();
        Unit trd19 = division.app.units().byCode("TrD19").orElseThrow();
        assertThat(trd19.parentId()).isEqualTo(f3.id());
        assertThat(trd19.id()).isEqualTo(regiment.app.units().byCode("TrD19").orElseThrow().id());
        assertThat(division.people()).extracting(Person::fullName)
                .containsExactlyInAnyOrder("Nguyễn Văn Hưởng", "Trần Thị Lan", "Lê Đức Thắng");

        ReceivedPackage received = division.exchange().received().getFirst();
        assertThat(received.unitCode()).isEqualTo("TrD19");
        assertThat(received.sequence()).isEqualTo(1);
        assertThat(received.fingerprint()).isEqualTo(regiment.fingerprint());
        assertThat(received.summary()).containsEntry("unit", 3).containsEntry("person", 3);
        assertThat(received.current()).isTrue();
    }

    @Test
    void importedRecordsAreReadOnlyAtTheReceiver() throws Exception {
        Path file = stick.resolve("TrD19.tdkt");
        regiment.export("TrD19", file, null);
        division.importFrom(file, regiment);
        Person lan = division.people().stream().filter(p -> p.fullName().equals("Trần Thị Lan")).findFirst().orElseThrow();
        Unit company = division.app.units().byCode("TrD19-c1").orElseThrow();
        String before = division.dump();

        assertThatThrownBy(() -> division.app.roster().update(lan.id(), PersonDetails.named("Trần Thị Lan Anh")))
                .isInstanceOf(AppException.class).hasMessageContaining("error.db.importedReadOnly");
        assertThatThrownBy(() -> division.app.roster().add(company.id(), PersonDetails.named("Người Mới")))
                .hasMessageContaining("error.db.importedReadOnly");
        assertThatThrownBy(() -> division.app.units().add(company.id(), "x1", "Trung đội X", null, null))
                .hasMessageContaining("error.db.importedReadOnly");
        assertThat(division.dump()).isEqualTo(before);
        // The division's own units stay editable.
        division.app.units().add(division.app.units().byCode("F3").orElseThrow().id(), "F3-ph", "Phòng Hậu cần", null, null);
    }

    @Test
    void theSamePackageTwiceChangesNothingAndANewerOneReplacesTheOlder() throws Exception {
        Path first = stick.resolve("1.tdkt");
        regiment.export("TrD19", first, null);
        division.importFrom(first, regiment);
        String afterFirst = division.dump();

        ExchangeService.Imported again = division.exchange().importPackage(first, null, null, Progress.NONE);
        assertThat(again.outcome()).isEqualTo(ExchangeService.Outcome.ALREADY_IMPORTED);
        assertThat(division.dump()).isEqualTo(afterFirst);

        Unit company = regiment.app.units().byCode("TrD19-c1").orElseThrow();
        regiment.app.roster().add(company.id(), PersonDetails.named("Phạm Quang Vinh"));
        regiment.app.units().update(new Unit(company.id(), company.parentId(), company.code(), "Đại đội 1 bộ binh",
                company.shortName(), company.kind(), company.sortOrder(), null));
        Path second = stick.resolve("2.tdkt");
        regiment.export("TrD19", second, null);

        ExchangeService.Imported newer = division.exchange().importPackage(second, null, null, Progress.NONE);
        assertThat(newer.outcome()).isEqualTo(ExchangeService.Outcome.REPLACED);
        assertThat(division.people()).hasSize(4);
        assertThat(division.app.units().byCode("TrD19-c1").orElseThrow().name()).isEqualTo("Đại đội 1 bộ binh");
        assertThat(division.exchange().received()).extracting(ReceivedPackage::sequence, ReceivedPackage::status)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2L, "current"),
                        org.assertj.core.groups.Tuple.tuple(1L, "replaced"));
    }

    @Test
    void aReplayOfAnOlderSequenceIsRefused() throws Exception {
        Path first = stick.resolve("1.tdkt");
        Path second = stick.resolve("2.tdkt");
        regiment.export("TrD19", first, null);
        regiment.export("TrD19", second, null);
        division.importFrom(second, regiment);
        String before = division.dump();

        assertThatThrownBy(() -> division.exchange().importPackage(first, null, null, Progress.NONE))
                .hasMessageContaining("exchange.error.olderPackage");
        assertThat(division.dump()).isEqualTo(before);
    }

    @Test
    void aFirstPackageNeedsTheSendersFingerprint() throws Exception {
        Path file = stick.resolve("TrD19.tdkt");
        regiment.export("TrD19", file, null);
        String before = division.dump();

        assertThatThrownBy(() -> division.exchange().importPackage(file, null, null, Progress.NONE))
                .hasMessageContaining("exchange.error.untrusted");
        assertThatThrownBy(() -> division.exchange().importPackage(file, null, "00:11:22:33:44:55:66:77", Progress.NONE))
                .hasMessageContaining("exchange.error.fingerprintMismatch");
        assertThat(division.dump()).isEqualTo(before);
        // Typed without colons, in lower case, it is still the same fingerprint.
        String typed = regiment.fingerprint().replace(":", "").toLowerCase(java.util.Locale.ROOT);
        assertThat(division.exchange().importPackage(file, null, typed, Progress.NONE).outcome())
                .isEqualTo(ExchangeService.Outcome.IMPORTED);
    }

    @Test
    void aKnownUnitFromAnotherKeyIsRefused() throws Exception {
        Path genuine = stick.resolve("genuine.tdkt");
        regiment.export("TrD19", genuine, null);
        division.importFrom(genuine, regiment);
        String before = division.dump();

        try (Echelon impostor = Echelon.regiment(dir.resolve("impostor"), "TrD19")) {
            Path forged = stick.resolve("forged.tdkt");
            impostor.export("TrD19", forged, null);
            assertThatThrownBy(() -> division.importFrom(forged, impostor))
                    .hasMessageContaining("exchange.error.unitKeyChanged");

            // The regiment's installation id with the impostor's key, properly signed by the impostor.
            var entries = Packages.entries(genuine);
            Manifest real = Packages.manifest(entries);
            Manifest claimed = new Manifest(real.format(), "b7c1d3f0-0000-4000-8000-000000000001", real.kind(), real.subject(),
                    real.createdAt(), new Manifest.Source(real.source().installationId(),
                    PackageWriter.publicKeyText(impostor.app.installation())), real.unit(), 5, real.personalData(), real.summary());
            Path sameIdNewKey = stick.resolve("same-id.tdkt");
            Packages.write(sameIdNewKey, Packages.resigned(Packages.withManifest(entries, claimed), impostor.app.installation()));
            assertThatThrownBy(() -> division.exchange().importPackage(sameIdNewKey, null, null, Progress.NONE))
                    .hasMessageContaining("exchange.error.keyChanged");
        }
        assertThat(division.dump()).isEqualTo(before);
    }

    @Test
    void aPasswordProtectsThePackageAndAWrongOneIsRefused() throws Exception {
        Path file = stick.resolve("secret.tdkt");
        ExchangeService.Exported exported = regiment.export("TrD19", file, "Mật khẩu đúng 2026");
        assertThat(exported.unprotectedPersonalData()).isFalse();
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 8, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("TDKTENC1");
        assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("manifest.json");
        String before = division.dump();

        assertThatThrownBy(() -> division.exchange().importPackage(file, "sai".toCharArray(), regiment.fingerprint(), Progress.NONE))
                .hasMessageContaining("exchange.error.wrongPassword");
        assertThatThrownBy(() -> division.exchange().importPackage(file, null, regiment.fingerprint(), Progress.NONE))
                .hasMessageContaining("exchange.error.passwordNeeded");
        Path cut = stick.resolve("cut.tdkt");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 100));
        assertThatThrownBy(() -> division.exchange().importPackage(cut, "Mật khẩu đúng 2026".toCharArray(), regiment.fingerprint(), Progress.NONE))
                .hasMessageContaining("exchange.error.envelopeDamaged");
        assertThat(division.dump()).isEqualTo(before);

        assertThat(division.exchange().importPackage(file, "Mật khẩu đúng 2026".toCharArray(), regiment.fingerprint(), Progress.NONE)
                .outcome()).isEqualTo(ExchangeService.Outcome.IMPORTED);
        assertThat(division.people()).hasSize(3);
    }

    @Test
    void theDecryptedCopyIsReadInsideTheDataFolderAndNeverOutlivesTheImport() throws Exception {
        Path file = stick.resolve("secret.tdkt");
        regiment.export("TrD19", file, "Mật khẩu đúng 2026");
        Path folder = dir.resolve("d");
        java.util.Set<String> seenDuringRead = new java.util.TreeSet<>();
        Progress watching = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                seenDuringRead.addAll(temporaries(folder));
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        division.exchange().importPackage(file, "Mật khẩu đúng 2026".toCharArray(), regiment.fingerprint(), watching);
        assertThat(seenDuringRead).as("the plain copy lives in the data folder while it is read").singleElement().asString()
                .matches("\\.tdkt-package\\.\\d+\\.tmp");
        assertThat(temporaries(folder)).isEmpty();
        assertThatThrownBy(() -> division.exchange().importPackage(file, "sai".toCharArray(), regiment.fingerprint(), Progress.NONE))
                .hasMessageContaining("exchange.error.wrongPassword");
        assertThat(temporaries(folder)).as("nor after a wrong password").isEmpty();

        // A copy left by an import the machine lost power in is removed when the folder next opens.
        division.close();
        Files.writeString(folder.resolve(".tdkt-package.4711.tmp"), "PK");
        division = new Echelon(folder);
        assertThat(temporaries(folder)).isEmpty();
    }

    private static List<String> temporaries(Path folder) {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".tdkt-package")).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void ourOwnPackageAndAnUnknownUnitAreRefused() throws Exception {
        Path file = stick.resolve("own.tdkt");
        regiment.export("TrD19", file, null);
        assertThatThrownBy(() -> regiment.exchange().importPackage(file, null, regiment.fingerprint(), Progress.NONE))
                .hasMessageContaining("exchange.error.ownPackage");
        assertThatThrownBy(() -> regiment.export("KHONG", stick.resolve("x.tdkt"), null))
                .hasMessageContaining("exchange.error.unknownUnit");
        assertThat(stick.resolve("x.tdkt")).doesNotExist();
    }
}
