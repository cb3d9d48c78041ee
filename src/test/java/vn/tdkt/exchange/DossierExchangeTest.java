package vn.tdkt.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.RenderedFiles;
import vn.tdkt.exemplar.Discovery;
import vn.tdkt.exemplar.Dossier;
import vn.tdkt.exemplar.Evidence;
import vn.tdkt.exemplar.ExemplarService;
import vn.tdkt.exemplar.PlanItems.SupportKind;
import vn.tdkt.exemplar.SampleEvidence;
import vn.tdkt.exemplar.Stage;
import vn.tdkt.org.Person;

/**
 * An ĐHTT dossier travels from a regiment to the division: the whole record, the evidence files by
 * hash, the rendered hồ sơ; read-only at the division, replaced by a newer dossier of the same model,
 * and refused — with every table unchanged — when it is hostile or arrives before the unit's snapshot.
 */
class DossierExchangeTest {
    @TempDir
    Path dir;

    Echelon regiment;
    Echelon division;
    Path stick;
    String modelId;

    @BeforeEach
    void setUp() throws Exception {
        regiment = Echelon.regiment(dir.resolve("a"), "TrD19");
        regiment.app.settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 3", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Phạm Minh Tuấn"));
        division = Echelon.division(dir.resolve("d"));
        stick = Files.createDirectories(dir.resolve("usb"));
        ExemplarService exemplars = regiment.app.exemplars().exemplars();
        java.time.LocalDate today = exemplars.today();
        Person thang = person(regiment, "Lê Đức Thắng");
        Person lan = person(regiment, "Trần Thị Lan");
        modelId = exemplars.discover(Discovery.ofPerson(thang.id(), "Huấn luyện", "Bắn súng AK bài 1 giỏi ba năm liền", "Ban Chính trị",
                today.minusDays(40), List.of("Đặc trưng A"))).id();
        exemplars.move(modelId, Stage.NURTURING, today.minusDays(30), "Thông qua kế hoạch");
        exemplars.setMentor(modelId, lan.id());
        exemplars.putTarget(modelId, today.getYear(), "Chiến sĩ thi đua cơ sở");
        exemplars.addMilestone(modelId, "Bắn kiểm tra", today.plusDays(20), "Đại đội trưởng");
        exemplars.addSupport(modelId, today.minusDays(5), SupportKind.MORAL, "Biểu dương trước đơn vị");
        exemplars.addCheck(modelId, today.minusDays(2), "Đạt giỏi", "Tiến bộ rõ", "Kèm cặp chiến sĩ mới");
        exemplars.attach(modelId, "anh-ban.jpg", SampleEvidence.photo(800, 600, "Bắn", 3), "Buổi bắn kiểm tra", today);
        byte[] pdf = new DocumentWriter().render(vn.tdkt.doc.DocumentBuilder.create("Giấy khen", "x").paragraph("Giấy khen năm trước").build(),
                DocumentFormat.PDF);
        exemplars.attach(modelId, "giay-khen.pdf", pdf, "Giấy khen", null);
    }

    @AfterEach
    void tearDown() {
        regiment.close();
        division.close();
    }

    private static Person person(Echelon echelon, String name) {
        return echelon.people().stream().filter(p -> p.fullName().equals(name)).findFirst().orElseThrow();
    }

    private Path exportDossier(String name) {
        Path file = stick.resolve(name);
        regiment.exchange().export("dossier", modelId, file, null, Messages.vietnamese(), Progress.NONE);
        return file;
    }

    private void snapshotFirst() {
        Path snapshot = stick.resolve("TrD19.tdkt");
        regiment.export("TrD19", snapshot, null);
        division.importFrom(snapshot, regiment);
    }

    @Test
    void theDossierArrivesWholeAndStaysReadOnlyUnderTheSendingUnit() throws Exception {
        snapshotFirst();
        Path file = exportDossier("ho-so.tdkt");
        Dossier sent = regiment.app.exemplars().exemplars().dossier(modelId);
        Map<String, byte[]> entries = Packages.entries(file);
        assertThat(entries.keySet()).contains("data/dossier.json", "docs/Ho-so-DHTT-Le-Duc-Thang.pdf",
                "files/" + sent.evidence().get(0).sha256(), "files/" + sent.evidence().get(1).sha256());
        assertThat(Packages.manifest(entries).subject()).isEqualTo(modelId);
        assertThat(RenderedFiles.pdfText(entries.get("docs/Ho-so-DHTT-Le-Duc-Thang.pdf"))).contains("Lê Đức Thắng", "Đạt giỏi", "Giấy khen năm trước");

        assertThat(division.importFrom(file, regiment).outcome()).isEqualTo(ExchangeService.Outcome.IMPORTED);
        ExemplarService there = division.app.exemplars().exemplars();
        Dossier received = there.dossier(modelId);
        assertThat(received.exemplar().subjectName()).isEqualTo("Lê Đức Thắng");
        assertThat(received.exemplar().mentorName()).isEqualTo("Trần Thị Lan");
        assertThat(received.exemplar().unitName()).isEqualTo("Đại đội 1");
        assertThat(received.exemplar().stage()).isEqualTo(Stage.NURTURING);
        assertThat(there.receivedFrom(modelId)).as("the sending unit, from its snapshot").contains("Trung đoàn 19");
        assertThat(there.cards()).singleElement().satisfies(card -> assertThat(card.receivedFrom()).isEqualTo("Trung đoàn 19"));
        assertThat(regiment.app.exemplars().exemplars().cards()).singleElement().satisfies(card -> assertThat(card.received()).as("the sender's own").isFalse());
        assertThat(regiment.app.exemplars().exemplars().receivedFrom(modelId)).isEmpty();
        assertThat(received.exemplar().traits()).containsExactly("Đặc trưng A");
        assertThat(received.history()).extracting(c -> c.note()).containsExactly(null, "Thông qua kế hoạch");
        assertThat(received.targets()).isEqualTo(sent.targets());
        assertThat(received.milestones()).isEqualTo(sent.milestones());
        assertThat(received.support()).isEqualTo(sent.support());
        assertThat(received.checks()).isEqualTo(sent.checks());
        assertThat(received.evidence()).extracting(Evidence::sha256, Evidence::caption)
                .containsExactlyElementsOf(sent.evidence().stream().map(e -> org.assertj.core.groups.Tuple.tuple(e.sha256(), e.caption())).toList());
        for (Evidence e : received.evidence()) {
            assertThat(there.content(e)).isEqualTo(regiment.app.exemplars().exemplars().content(e));
        }

        String before = division.dump();
        assertThatThrownBy(() -> there.addCheck(modelId, there.today(), "Sửa ở cấp trên", null, null))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.db.importedReadOnly"));
        assertThatThrownBy(() -> there.move(modelId, Stage.SUMMARIZED, there.today(), null))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.db.importedReadOnly"));
        assertThat(division.dump()).isEqualTo(before);
        assertThat(division.importFrom(file, regiment).outcome()).as("the same package again").isEqualTo(ExchangeService.Outcome.ALREADY_IMPORTED);
        assertThat(division.dump()).isEqualTo(before);
    }

    @Test
    void aNewerDossierOfTheSameModelReplacesTheOlderAndAnOlderOneIsRefused() throws Exception {
        snapshotFirst();
        Path first = exportDossier("ho-so-1.tdkt");
        ExemplarService here = regiment.app.exemplars().exemplars();
        here.addCheck(modelId, here.today(), "Hoàn thành mốc bắn kiểm tra", null, null);
        Path second = exportDossier("ho-so-2.tdkt");

        assertThat(division.importFrom(second, regiment).outcome()).isEqualTo(ExchangeService.Outcome.IMPORTED);
        String before = division.dump();
        assertThatThrownBy(() -> division.importFrom(first, regiment))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("exchange.error.olderPackage"));
        assertThat(division.dump()).isEqualTo(before);

        here.addCheck(modelId, here.today(), "Lần kiểm tra thứ ba", null, null);
        Path third = exportDossier("ho-so-3.tdkt");
        assertThat(division.importFrom(third, regiment).outcome()).isEqualTo(ExchangeService.Outcome.REPLACED);
        assertThat(division.app.exemplars().exemplars().dossier(modelId).checks()).extracting(c -> c.result())
                .containsExactly("Đạt giỏi", "Hoàn thành mốc bắn kiểm tra", "Lần kiểm tra thứ ba");
        assertThat(division.app.exemplars().exemplars().cards()).hasSize(1);
    }

    @Test
    void aDossierBeforeItsUnitsSnapshotIsRefusedAndChangesNothing() {
        Path file = exportDossier("som.tdkt");
        String before = division.dump();
        refused(file, "exchange.error.dossierNeedsSnapshot", before);
        assertThat(Messages.vietnamese().get("exchange.error.dossierNeedsSnapshot", "Lê Đức Thắng", "Đại đội 1")).contains("snapshot");
    }

    @Test
    void aSignedDossierCarryingABrokenPhotoIsRefused() throws Exception {
        snapshotFirst();
        Map<String, byte[]> entries = Packages.entries(exportDossier("ho-so.tdkt"));
        String sha = regiment.app.exemplars().exemplars().dossier(modelId).evidence().getFirst().sha256();
        byte[] cut = Arrays.copyOf(entries.get("files/" + sha), entries.get("files/" + sha).length / 2);
        String cutSha = Checksums.hex(cut);
        Map<String, byte[]> hostile = new LinkedHashMap<>(entries);
        hostile.remove("files/" + sha);
        hostile.put("files/" + cutSha, cut);
        hostile.put("data/dossier.json", new String(entries.get("data/dossier.json"), StandardCharsets.UTF_8).replace(sha, cutSha)
                .getBytes(StandardCharsets.UTF_8));
        // Signed with the sender's own key: every check of the container passes, the photo itself does not.
        Path file = dir.resolve("cut-photo.tdkt");
        Packages.write(file, Packages.resigned(hostile, regiment.app.installation()));
        refused(file, "exemplar.evidence.error.broken", division.dump());
    }

    @Test
    void aSignedDossierNamingAFileItDoesNotCarryOrWithUnreadableRecordsIsRefused() throws Exception {
        snapshotFirst();
        Map<String, byte[]> entries = Packages.entries(exportDossier("ho-so.tdkt"));
        String json = new String(entries.get("data/dossier.json"), StandardCharsets.UTF_8);
        String sha = regiment.app.exemplars().exemplars().dossier(modelId).evidence().getFirst().sha256();
        String before = division.dump();

        Map<String, byte[]> missing = new LinkedHashMap<>(entries);
        missing.put("data/dossier.json", json.replace(sha, "0".repeat(64)).getBytes(StandardCharsets.UTF_8));
        Path noFile = dir.resolve("no-file.tdkt");
        Packages.write(noFile, Packages.resigned(missing, regiment.app.installation()));
        refused(noFile, "exchange.error.missingEntry", before);

        Map<String, byte[]> badStage = new LinkedHashMap<>(entries);
        badStage.put("data/dossier.json", json.replace("\"NURTURING\"", "\"XONG\"").getBytes(StandardCharsets.UTF_8));
        Path stage = dir.resolve("bad-stage.tdkt");
        Packages.write(stage, Packages.resigned(badStage, regiment.app.installation()));
        refused(stage, "exchange.error.badRecords", before);

        Map<String, byte[]> tampered = new LinkedHashMap<>(entries);
        tampered.put("data/dossier.json", json.replace("Đạt giỏi", "Xuất sắc").getBytes(StandardCharsets.UTF_8));
        Path unsigned = dir.resolve("tampered.tdkt");
        Packages.write(unsigned, tampered);
        refused(unsigned, "exchange.error.checksum", before);
    }

    @Test
    void aDossierClaimingAModelThatIsTheDivisionsOwnIsRefused() throws Exception {
        snapshotFirst();
        ExemplarService there = division.app.exemplars().exemplars();
        String unitId = division.app.units().byCode("F3").orElseThrow().id();
        String own = there.discover(Discovery.ofUnit(unitId, "Dân vận", "Giúp dân", "Phòng Chính trị", there.today(), List.of())).id();
        Map<String, byte[]> entries = Packages.entries(exportDossier("ho-so.tdkt"));
        Map<String, byte[]> hostile = Packages.withManifest(entries, withSubject(Packages.manifest(entries), own));
        hostile.put("data/dossier.json", new String(entries.get("data/dossier.json"), StandardCharsets.UTF_8).replace(modelId, own)
                .getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("claims-own.tdkt");
        Packages.write(file, Packages.resigned(hostile, regiment.app.installation()));
        refused(file, "exchange.error.recordTaken", division.dump());
        assertThat(there.get(own).reason()).isEqualTo("Giúp dân");
    }

    @Test
    void aSignedDossierReusingTheIdOfARecordHereIsRefusedNamingTheTable() throws Exception {
        snapshotFirst();
        ExemplarService there = division.app.exemplars().exemplars();
        String unitId = division.app.units().byCode("F3").orElseThrow().id();
        String own = there.discover(Discovery.ofUnit(unitId, "Dân vận", "Giúp dân", "Phòng Chính trị", there.today(), List.of())).id();
        there.addMilestone(own, "Tổng kết", there.today().plusDays(10), "Phòng Chính trị");
        String taken = there.dossier(own).milestones().getFirst().id();
        String theirs = regiment.app.exemplars().exemplars().dossier(modelId).milestones().getFirst().id();
        Map<String, byte[]> entries = Packages.entries(exportDossier("ho-so.tdkt"));
        Map<String, byte[]> hostile = new LinkedHashMap<>(entries);
        hostile.put("data/dossier.json", new String(entries.get("data/dossier.json"), StandardCharsets.UTF_8).replace(theirs, taken)
                .getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("reused-id.tdkt");
        Packages.write(file, Packages.resigned(hostile, regiment.app.installation()));
        String before = division.dump();
        assertThatThrownBy(() -> division.importFrom(file, regiment)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("exchange.error.idReused");
            assertThat(Messages.vietnamese().describe(e)).contains("Đại đội 1", "exemplar_milestone", "trùng mã");
        });
        assertThat(division.dump()).isEqualTo(before);
        assertThat(there.dossier(own).milestones()).extracting(m -> m.title()).containsExactly("Tổng kết");
    }

    @Test
    void theRenderedDocumentsAreWrittenUnderTheDataFolderAndRemovedAfterTheExport() throws Exception {
        Path root = regiment.app.folder().root();
        List<String> seen = new java.util.ArrayList<>();
        Progress watching = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                try {
                    // While the package is written, its rendered hồ sơ waits in the data folder's work folder.
                    for (Path folder : exportFolders(root)) {
                        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
                            files.forEach(f -> seen.add(f.getFileName().toString()));
                        }
                    }
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
        regiment.exchange().export("dossier", modelId, stick.resolve("ho-so.tdkt"), null, Messages.vietnamese(), watching);
        assertThat(seen).contains("Ho-so-DHTT-Le-Duc-Thang.pdf");
        assertThat(exportFolders(root)).isEmpty();
    }

    private static List<Path> exportFolders(Path folder) throws java.io.IOException {
        try (java.util.stream.Stream<Path> all = Files.list(folder)) {
            return all.filter(p -> p.getFileName().toString().contains("tdkt-export")).sorted().toList();
        }
    }

    private static Manifest withSubject(Manifest m, String subject) {
        return new Manifest(m.format(), m.packageId(), m.kind(), subject, m.createdAt(), m.source(), m.unit(), m.sequence(),
                m.personalData(), m.summary());
    }

    private void refused(Path file, String key, String before) {
        assertThatThrownBy(() -> division.importFrom(file, regiment))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(key);
                    assertThat(Messages.vietnamese().get(e.messageKey(), e.args())).isNotEqualTo(key);
                });
        assertThat(division.dump()).isEqualTo(before);
    }
}
