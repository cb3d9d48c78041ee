package vn.tdkt.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.award.AwardRecordRepository;
import vn.tdkt.award.CouncilMeeting;
import vn.tdkt.award.Decision;
import vn.tdkt.award.DossierService;
import vn.tdkt.award.PastAward;
import vn.tdkt.award.Proposal;
import vn.tdkt.award.SubjectKind;
import vn.tdkt.award.Vote;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.doc.RenderedFiles;
import vn.tdkt.exemplar.Discovery;
import vn.tdkt.org.Person;
import vn.tdkt.org.Unit;
import vn.tdkt.settings.Letterhead;

/**
 * Two installations, as the issue asks: regiment A sends a proposal and an ĐHTT dossier up, the
 * division reads them under A and counts the titles A proposes, decides, and sends the decision down;
 * A adds it to the award history of the person and the company it names.
 */
class AwardExchangeTest {
    private static final LocalDate MEETING = LocalDate.of(2026, 6, 1);
    private static final String CSTD = "Chiến sĩ thi đua cơ sở";
    private static final String DVQT = "Đơn vị quyết thắng";

    @TempDir
    Path dir;

    Echelon regiment;
    Echelon division;
    Path stick;
    Person thang;
    Unit company;

    @BeforeEach
    void setUp() throws Exception {
        regiment = Echelon.regiment(dir.resolve("a"), "TrD19");
        regiment.app.settings().saveLetterhead(new Letterhead("Sư đoàn 3", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Phạm Minh Tuấn"));
        division = Echelon.division(dir.resolve("d"));
        division.app.settings().saveLetterhead(new Letterhead("Quân đoàn 12", "Sư đoàn 3", "SĐ3", "Nghệ An",
                "Sư đoàn trưởng", "Đại tá", "Trần Quốc Hùng", "Chính ủy", "Đại tá", "Lê Văn Bình"));
        stick = Files.createDirectories(dir.resolve("usb"));
        thang = regiment.people().stream().filter(p -> p.fullName().equals("Lê Đức Thắng")).findFirst().orElseThrow();
        company = regiment.app.units().byCode("TrD19-c1").orElseThrow();
    }

    @AfterEach
    void tearDown() {
        regiment.close();
        division.close();
    }

    /** A's council votes on Lê Đức Thắng and Đại đội 1; the Tờ trình lists both. */
    private Proposal regimentProposes() {
        DossierService awards = regiment.app.dossiers();
        CouncilMeeting meeting = awards.recordMeeting(MEETING, meeting("Hội trường Trung đoàn 19", List.of(
                new Vote(null, thang.id(), thang.fullName(), "Trung úy", "Trung đội trưởng, Đại đội 1", false, CSTD, 9, true,
                        "Huấn luyện đạt giỏi; 01 sáng kiến cấp cơ sở"),
                new Vote(null, null, "Đại đội 1, Tiểu đoàn 1", "", "Tiểu đoàn 1", true, DVQT, 9, true,
                        "Hoàn thành xuất sắc nhiệm vụ huấn luyện"))));
        return awards.propose(MEETING.plusDays(3), new Proposal(null, null, meeting.id(), "danh hiệu thi đua năm 2026",
                "Sư đoàn trưởng Sư đoàn 3", "Thủ trưởng Sư đoàn 3", "xuất sắc trong phong trào Thi đua Quyết thắng năm 2026", meeting.votes()));
    }

    private static CouncilMeeting meeting(String venue, List<Vote> votes) {
        return new CouncilMeeting(null, null, LocalTime.of(8, 0), LocalTime.of(11, 0), venue, "xét đề nghị khen thưởng năm 2026",
                "Đại tá Lê Văn Bình", "Thiếu tá Phạm Văn Nam", 9, 9, "", List.of("Hội đồng xem xét hồ sơ đề nghị."),
                "Hội đồng thống nhất đề nghị khen thưởng.", votes);
    }

    /** The division's own council, proposal and decision on what A proposed, naming A's people by their UUIDs. */
    private Decision divisionDecides(LocalDate on, String award, List<Vote> received) {
        DossierService awards = division.app.dossiers();
        CouncilMeeting meeting = awards.recordMeeting(on.minusDays(2), meeting("Hội trường Sư đoàn 3", received));
        Proposal proposal = awards.propose(on.minusDays(1), new Proposal(null, null, meeting.id(), award, "Sư đoàn trưởng",
                "Thủ trưởng Sư đoàn", "thành tích năm 2026", meeting.votes()));
        return awards.decide(on, new Decision(null, null, proposal.id(), award, "thành tích năm 2026", "quỹ thi đua, khen thưởng của Sư đoàn",
                "Chủ nhiệm Chính trị Sư đoàn", meeting.votes().stream().map(v -> new Decision.Awardee(v, "01", 1.0)).toList()));
    }

    private Path export(Echelon from, String kind, String subject, String name) {
        Path file = stick.resolve(name);
        from.exchange().export(kind, subject, file, null, Messages.vietnamese(), Progress.NONE);
        return file;
    }

    private List<PastAward> historyAtRegiment(String subjectId) {
        return new AwardRecordRepository(regiment.app.database()).historyOf(subjectId);
    }

    @Test
    void aProposalAndADossierGoUpAndTheDecisionComesBackIntoTheAwardHistory() throws Exception {
        Proposal proposal = regimentProposes();
        String modelId = regiment.app.exemplars().exemplars().discover(Discovery.ofPerson(thang.id(), "Huấn luyện",
                "Bắn súng AK bài 1 giỏi ba năm liền", "Ban Chính trị", MEETING.minusDays(30), List.of())).id();
        assertThat(regiment.exchange().subjects("proposal")).extracting(PackageKind.Subject::code).containsExactly(proposal.id());

        Path snapshot = export(regiment, "snapshot", "TrD19", "TrD19.tdkt");
        Path dossier = export(regiment, "dossier", modelId, "ho-so.tdkt");
        Path proposed = export(regiment, "proposal", proposal.id(), "de-nghi.tdkt");
        Map<String, byte[]> entries = Packages.entries(proposed);
        assertThat(entries.keySet()).contains("data/proposal.json", "docs/To-trinh-khen-thuong-" + fileNumber(proposal) + ".pdf",
                "docs/To-trinh-khen-thuong-" + fileNumber(proposal) + ".docx");
        assertThat(entries.keySet().stream().filter(n -> n.startsWith("docs/Bien-ban-hop-Hoi-dong-TDKT-"))).hasSize(1);
        assertThat(entries.keySet()).contains("docs/Bao-cao-thanh-tich-ca-nhan-Le-Duc-Thang.pdf",
                "docs/Bao-cao-thanh-tich-tap-the-Dai-doi-1-Tieu-doan-1.pdf");
        assertThat(RenderedFiles.pdfText(entries.get("docs/To-trinh-khen-thuong-" + fileNumber(proposal) + ".pdf")))
                .contains("Lê Đức Thắng", "Đại đội 1");
        assertThat(Packages.manifest(entries).personalData()).isTrue();

        assertThat(division.importFrom(snapshot, regiment).outcome()).isEqualTo(ExchangeService.Outcome.IMPORTED);
        assertThat(division.exchange().importPackage(dossier, null, null, Progress.NONE).outcome()).isEqualTo(ExchangeService.Outcome.IMPORTED);
        assertThat(division.exchange().importPackage(proposed, null, null, Progress.NONE).outcome()).isEqualTo(ExchangeService.Outcome.IMPORTED);
        assertThat(division.exchange().proposedTitles()).containsExactly(
                new ExchangeService.ProposedTitle("Trung đoàn 19", CSTD, 1), new ExchangeService.ProposedTitle("Trung đoàn 19", DVQT, 1));
        assertThat(division.exchange().received()).filteredOn(p -> p.kind().equals("proposal"))
                .extracting(ReceivedPackage::unitName).containsExactly("Trung đoàn 19");
        assertThat(division.app.exemplars().exemplars().dossier(modelId).exemplar().subjectName()).isEqualTo("Lê Đức Thắng");
        String before = division.dump();
        assertThatThrownBy(() -> division.app.database().transaction(() ->
                division.app.database().dsl().execute("DELETE FROM received_proposal")))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.db.importedReadOnly"));
        assertThat(division.exchange().importPackage(proposed, null, null, Progress.NONE).outcome())
                .isEqualTo(ExchangeService.Outcome.ALREADY_IMPORTED);
        assertThat(division.dump()).isEqualTo(before);

        Decision decision = divisionDecides(LocalDate.of(2026, 6, 12), "danh hiệu thi đua năm 2026", proposal.nominees());
        assertThat(division.exchange().subjects("decisions")).extracting(PackageKind.Subject::code).containsExactly("TrD19");
        Path down = export(division, "decisions", "TrD19", "quyet-dinh.tdkt");
        Map<String, byte[]> sent = Packages.entries(down);
        assertThat(Packages.manifest(sent).unit().name()).isEqualTo("Sư đoàn 3");
        assertThat(Packages.manifest(sent).summary()).containsEntry("decision", 1).containsEntry("awardee", 2);
        String decisionPdf = "docs/Quyet-dinh-khen-thuong-" + VietnameseFile.of(decision.decision().number()) + ".pdf";
        assertThat(RenderedFiles.pdfText(sent.get(decisionPdf))).contains("Lê Đức Thắng");

        assertThat(regiment.importFrom(down, division).outcome()).isEqualTo(ExchangeService.Outcome.IMPORTED);
        assertThat(historyAtRegiment(thang.id())).singleElement().satisfies(a -> {
            assertThat(a.subjectKind()).isEqualTo(SubjectKind.PERSON);
            assertThat(a.titleName()).isEqualTo(CSTD);
            assertThat(a.titleCode()).as("the rule set's title").isNotNull();
            assertThat(a.year()).isEqualTo(2026);
            assertThat(a.decisionNumber()).isEqualTo(decision.decision().number());
            assertThat(a.decisionDate()).isEqualTo(LocalDate.of(2026, 6, 12));
            assertThat(a.issuer()).isEqualTo("Sư đoàn 3");
        });
        assertThat(historyAtRegiment(company.id())).extracting(PastAward::subjectKind, PastAward::titleName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(SubjectKind.UNIT, DVQT));

        String atRegiment = regiment.dump();
        assertThat(regiment.importFrom(down, division).outcome()).isEqualTo(ExchangeService.Outcome.ALREADY_IMPORTED);
        assertThat(regiment.dump()).isEqualTo(atRegiment);
        assertThatThrownBy(() -> regiment.app.database().transaction(() ->
                regiment.app.database().dsl().execute("DELETE FROM award_history")))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.db.importedReadOnly"));
        assertThat(regiment.dump()).isEqualTo(atRegiment);
    }

    @Test
    void aNewerDecisionsPackageReplacesTheLinesOfTheOlderAndAnOlderOneChangesNothing() throws Exception {
        Proposal proposal = regimentProposes();
        division.importFrom(export(regiment, "snapshot", "TrD19", "TrD19.tdkt"), regiment);
        divisionDecides(LocalDate.of(2026, 6, 12), "danh hiệu thi đua năm 2026", proposal.nominees().subList(0, 1));
        Path first = export(division, "decisions", "TrD19", "qd-1.tdkt");
        divisionDecides(LocalDate.of(2026, 6, 14), "Bằng khen của Tư lệnh Quân đoàn", proposal.nominees().subList(1, 2));
        Path second = export(division, "decisions", "TrD19", "qd-2.tdkt");

        assertThat(regiment.importFrom(first, division).outcome()).isEqualTo(ExchangeService.Outcome.IMPORTED);
        assertThat(historyAtRegiment(company.id())).isEmpty();
        assertThat(regiment.importFrom(second, division).outcome()).isEqualTo(ExchangeService.Outcome.REPLACED);
        assertThat(historyAtRegiment(thang.id())).extracting(PastAward::titleName).containsExactly(CSTD);
        assertThat(historyAtRegiment(company.id())).extracting(PastAward::titleName).containsExactly(DVQT);
        String before = regiment.dump();
        assertThat(regiment.importFrom(first, division).outcome()).as("the older package again").isEqualTo(ExchangeService.Outcome.ALREADY_IMPORTED);
        assertThat(regiment.dump()).isEqualTo(before);
    }

    @Test
    void anOlderDecisionsPackageArrivingAfterANewerOneIsRefused() throws Exception {
        Proposal proposal = regimentProposes();
        division.importFrom(export(regiment, "snapshot", "TrD19", "TrD19.tdkt"), regiment);
        divisionDecides(LocalDate.of(2026, 6, 12), "danh hiệu thi đua năm 2026", proposal.nominees());
        Path first = export(division, "decisions", "TrD19", "qd-1.tdkt");
        Path second = export(division, "decisions", "TrD19", "qd-2.tdkt");
        regiment.importFrom(second, division);
        String before = regiment.dump();
        assertThatThrownBy(() -> regiment.importFrom(first, division))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("exchange.error.olderPackage"));
        assertThat(regiment.dump()).isEqualTo(before);
    }

    @Test
    void decisionsNamingSomeoneTheRegimentDoesNotHaveAreRefusedAndChangeNothing() throws Exception {
        Proposal proposal = regimentProposes();
        division.importFrom(export(regiment, "snapshot", "TrD19", "TrD19.tdkt"), regiment);
        divisionDecides(LocalDate.of(2026, 6, 12), "danh hiệu thi đua năm 2026", proposal.nominees());
        Map<String, byte[]> entries = Packages.entries(export(division, "decisions", "TrD19", "qd.tdkt"));
        Map<String, byte[]> hostile = new java.util.LinkedHashMap<>(entries);
        hostile.put("data/decisions.json", new String(entries.get("data/decisions.json"), StandardCharsets.UTF_8)
                .replace(thang.id(), "00000000-0000-0000-0000-000000000001").getBytes(StandardCharsets.UTF_8));
        Path file = dir.resolve("lạ.tdkt");
        Packages.write(file, Packages.resigned(hostile, division.app.installation()));
        String before = regiment.dump();
        assertThatThrownBy(() -> regiment.importFrom(file, division)).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("exchange.error.awardeeUnknown");
            assertThat(Messages.vietnamese().describe(e)).contains("Lê Đức Thắng", "Trung đoàn 19");
        });
        assertThat(regiment.dump()).isEqualTo(before);
    }

    /** Tiểu đoàn 2 with its own "Đại đội 1": the same name as A's Đại đội 1 of Tiểu đoàn 1. */
    private Unit secondCompanyOne() {
        Unit second = regiment.app.units().add(regiment.app.units().byCode("TrD19").orElseThrow().id(), "TrD19-d2", "Tiểu đoàn 2", "d2", "Tiểu đoàn");
        return regiment.app.units().add(second.id(), "TrD19-d2-c1", "Đại đội 1", "c1", "Đại đội");
    }

    private Proposal regimentProposesCollective(Vote collective) {
        DossierService awards = regiment.app.dossiers();
        CouncilMeeting meeting = awards.recordMeeting(MEETING, meeting("Hội trường Trung đoàn 19", List.of(collective)));
        return awards.propose(MEETING.plusDays(3), new Proposal(null, null, meeting.id(), "danh hiệu thi đua năm 2026",
                "Sư đoàn trưởng Sư đoàn 3", "Thủ trưởng Sư đoàn 3", "xuất sắc năm 2026", meeting.votes()));
    }

    @Test
    void aCollectiveGoesUpAndComesBackDownByItsUnitsUuidNotItsName() throws Exception {
        Unit other = secondCompanyOne();
        Proposal proposal = regimentProposesCollective(new Vote(null, null, "Đại đội 1", "", "Tiểu đoàn 2", true, DVQT, 9, true,
                "Hoàn thành xuất sắc nhiệm vụ", other.id()));
        Path proposed = export(regiment, "proposal", proposal.id(), "de-nghi.tdkt");
        assertThat(new String(Packages.entries(proposed).get("data/proposal.json"), StandardCharsets.UTF_8)).contains(other.id());
        division.importFrom(export(regiment, "snapshot", "TrD19", "TrD19.tdkt"), regiment);
        division.exchange().importPackage(proposed, null, null, Progress.NONE);

        List<Vote> received = division.exchange().receivedNominees(proposal.id());
        assertThat(received).singleElement().satisfies(v -> {
            assertThat(v.unitId()).isEqualTo(other.id());
            assertThat(v.name()).isEqualTo("Đại đội 1");
        });
        divisionDecides(LocalDate.of(2026, 6, 12), "danh hiệu thi đua năm 2026", received);
        Path down = export(division, "decisions", "TrD19", "quyet-dinh.tdkt");
        assertThat(new String(Packages.entries(down).get("data/decisions.json"), StandardCharsets.UTF_8)).contains(other.id())
                .doesNotContain(company.id());

        regiment.importFrom(down, division);
        assertThat(historyAtRegiment(other.id())).extracting(PastAward::titleName).containsExactly(DVQT);
        assertThat(historyAtRegiment(company.id())).as("the other Đại đội 1").isEmpty();
    }

    @Test
    void aCollectiveOfTheOlderFormatIsMatchedByItsNameWithItsParent() throws Exception {
        Unit other = secondCompanyOne();
        division.importFrom(export(regiment, "snapshot", "TrD19", "TrD19.tdkt"), regiment);
        Vote byName = new Vote(null, null, "Đại đội 1, Tiểu đoàn 2", "", "", true, DVQT, 9, true, "");
        divisionDecides(LocalDate.of(2026, 6, 12), "danh hiệu thi đua năm 2026", List.of(byName));
        regiment.importFrom(export(division, "decisions", "TrD19", "qd.tdkt"), division);
        assertThat(historyAtRegiment(other.id())).extracting(PastAward::titleName).containsExactly(DVQT);
        assertThat(historyAtRegiment(company.id())).isEmpty();
    }

    @Test
    void aCollectiveOfTheOlderFormatWhoseNameFitsTwoUnitsIsRefusedAndNothingIsWritten() throws Exception {
        secondCompanyOne();
        division.importFrom(export(regiment, "snapshot", "TrD19", "TrD19.tdkt"), regiment);
        Vote byName = new Vote(null, null, "Đại đội 1", "", "", true, DVQT, 9, true, "");
        divisionDecides(LocalDate.of(2026, 6, 12), "danh hiệu thi đua năm 2026", List.of(byName));
        String before = division.dump();
        assertThatThrownBy(() -> export(division, "decisions", "TrD19", "mơ-hồ.tdkt")).isInstanceOfSatisfying(AppException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("exchange.error.awardeeAmbiguous");
            assertThat(Messages.vietnamese().describe(e)).contains("Đại đội 1 (TrD19-c1)", "Đại đội 1 (TrD19-d2-c1)");
        });
        try (Stream<Path> left = Files.list(stick)) {
            assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("TrD19.tdkt");
        }
        assertThat(division.dump()).isEqualTo(before);
    }

    @Test
    void decisionsGoOnlyToASubordinateWhoseSnapshotCameUp() {
        assertThatThrownBy(() -> export(division, "decisions", "F3-pct", "x.tdkt"))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("exchange.error.decisionsNotSubordinate"));
        try (Stream<Path> left = Files.list(stick)) {
            assertThat(left).isEmpty();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theDemoShowsAProposalReceivedFromASubordinateAtTheHigherEchelon() {
        try (Echelon demo = new Echelon(dir.resolve("demo"))) {
            demo.app.sampleData().fill(vn.tdkt.demo.SampleSize.SMALL, Progress.NONE);
            assertThat(demo.exchange().received()).extracting(ReceivedPackage::kind, ReceivedPackage::unitName).containsExactlyInAnyOrder(
                    org.assertj.core.groups.Tuple.tuple("snapshot", "Trung đoàn 21 (mẫu)"), org.assertj.core.groups.Tuple.tuple("proposal", "Trung đoàn 21 (mẫu)"));
            assertThat(demo.exchange().received()).filteredOn(p -> p.kind().equals("proposal")).singleElement()
                    .satisfies(p -> assertThat(p.summary()).containsEntry("nominee", 3));
            String proposalId = demo.exchange().received().stream().filter(p -> p.kind().equals("proposal")).findFirst().orElseThrow().subject();
            String companyFive = demo.app.units().byCode("MAU-E21-c5").orElseThrow().id();
            assertThat(demo.exchange().receivedNominees(proposalId)).filteredOn(Vote::collective).singleElement()
                    .satisfies(v -> assertThat(v.unitId()).as("the collective names the received company").isEqualTo(companyFive));

            EchelonLists lists = demo.app.echelonLists();
            assertThat(lists.models()).as("the demo's own models, by stage").isNotEmpty()
                    .extracting(EchelonLists.ModelLine::stage).isSorted();
            PeriodKey month = lists.periods().stream().filter(k -> k.kind() == vn.tdkt.scoring.PeriodKind.MONTH).findFirst().orElseThrow();
            assertThat(lists.ranking(month)).as("own companies and the subordinate's, one criteria set").singleElement().satisfies(g -> {
                assertThat(g.units()).extracting(EchelonLists.RankedUnit::unitName).contains("Đại đội 5 (mẫu)", "Đại đội 6 (mẫu)");
                assertThat(g.units()).filteredOn(u -> u.from().isEmpty()).isNotEmpty();
                assertThat(g.units()).filteredOn(u -> u.from().isPresent()).hasSize(2);
                assertThat(g.units()).extracting(EchelonLists.RankedUnit::rank).isSorted();
            });
            assertThat(demo.exchange().proposedTitles()).containsExactly(
                    new ExchangeService.ProposedTitle("Trung đoàn 21 (mẫu)", CSTD, 2),
                    new ExchangeService.ProposedTitle("Trung đoàn 21 (mẫu)", DVQT, 1));
            assertThat(demo.exchange().kinds()).containsExactly("snapshot", "dossier", "proposal", "decisions");
        }
    }

    private static String fileNumber(Proposal proposal) {
        return VietnameseFile.of(proposal.letter().number());
    }

    /** File names as the forms write them: no diacritics, dashes for the rest. */
    private static final class VietnameseFile {
        static String of(String text) {
            return vn.tdkt.core.VietnameseText.fileSafe(text);
        }
    }
}
