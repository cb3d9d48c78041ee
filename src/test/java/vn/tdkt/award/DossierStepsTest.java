package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.db.jooq.Tables;
import vn.tdkt.settings.Letterhead;

/**
 * The officer's path on a real data folder: the council votes on the qualifying list (share over the whole
 * membership), the Tờ trình proposes only those it passed, the Quyết định takes a fresh number, its bonuses at the
 * base salary of its own date and the rule set's version, and adds the awards to the history. Refused steps
 * write nothing.
 */
class DossierStepsTest {
    private static final MeetingDraft MEETING = new MeetingDraft(LocalDate.of(2026, 11, 10), LocalTime.of(8, 0), LocalTime.of(10, 30),
            "Hội trường Trung đoàn 19", "Thượng tá Trần Đức Hưởng", "Đại úy Lê Văn Tâm", 10, 8, 1, "02 đồng chí đi công tác");

    @TempDir
    Path dir;
    private AwardFixture f;
    private DossierSteps steps;

    @BeforeEach
    void open() {
        f = new AwardFixture(dir);
        f.app.settings().saveLetterhead(new Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh", "Trung đoàn trưởng", "Đại tá",
                "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Trần Đức Hưởng"));
        steps = new DossierSteps(f.app.database(), f.app.dossiers(), new CouncilBallots(f.app.roster()), f.ruleSets, f.records, f.app.legalRegister(),
                () -> f.app.settings().letterheadForDocuments().issuer());
        f.records.classify(2026, SubjectKind.PERSON, Map.of(f.an.id(), Grade.HTXSNV, f.binh.id(), Grade.HTXSNV, f.cuong.id(), Grade.HTXSNV));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private TitleResult baseTitle() {
        return f.eligibility.report(2026, f.c1.id(), "CSTDCS").titles().getFirst();
    }

    private MeetingWording wording() {
        return MeetingWording.proposed(baseTitle().rule(), 2026);
    }

    private String vietnamese(AppException e) {
        return Messages.vietnamese().describe(e);
    }

    @Test
    void theThresholdIsOverTheWholeCouncilNotThoseInTheRoom() {
        // 10 members, 8 present, 1 absent voting in writing: 8 of 10 is exactly 80 % and passes; 7 is 87.5 % of the room but 70 % of the council.
        CouncilMeeting meeting = steps.holdMeeting(baseTitle(), MEETING, wording(), Map.of(f.an.id(), 8, f.binh.id(), 7));
        assertThat(meeting.minutes().number()).isEqualTo("01/BB-TrĐ19");
        assertThat(meeting.votes()).extracting(v -> v.name() + ":" + v.votes() + ":" + v.passed())
                .containsExactly("Nguyễn Văn An:8:true", "Trần Văn Bình:7:false");
        assertThat(meeting.absence()).isEqualTo("02 đồng chí đi công tác; 1/2 đồng chí vắng mặt gửi phiếu bằng văn bản");
        assertThat(meeting.conclusion()).contains("cho các trường hợp đạt từ 80% số phiếu đồng ý");
        assertThat(meeting.votes().getFirst().summary()).isEqualTo("Phân loại năm 2026: HTXSNV");
        CouncilMeeting read = f.app.dossiers().meeting(meeting.id());
        assertThat(read.members()).isEqualTo(10);
        assertThat(read.votes()).isEqualTo(meeting.votes());
    }

    @Test
    void theBiênBảnIsIssuedInTheWordsTypedAndNotWithAPartLeftEmpty() throws Exception {
        for (MeetingWording empty : List.of(MeetingWording.typed(" ", "Hội đồng xem xét hồ sơ.", "Thống nhất."),
                MeetingWording.typed("xét đề nghị", "\n  \n", "Thống nhất."), MeetingWording.typed("xét đề nghị", "Hội đồng xem xét hồ sơ.", ""))) {
            assertThatThrownBy(() -> steps.holdMeeting(baseTitle(), MEETING, empty, Map.of(f.an.id(), 9))).isInstanceOf(AppException.class)
                    .hasMessageContaining("award.error.meeting");
        }
        assertThat(vietnamese(new AppException("award.error.meetingConclusion"))).startsWith("Chưa nhập kết luận");
        assertThat(f.app.database().dsl().fetchCount(Tables.COUNCIL_MEETING)).isZero();
        assertThat(f.app.database().dsl().fetchCount(Tables.DOCUMENT_REGISTER)).isZero();

        // Typed in decomposed form (NFD), as some keyboards send it: stored and printed composed.
        MeetingWording typed = MeetingWording.typed("xét đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2026 (đợt 2)",
                java.text.Normalizer.normalize("Đồng chí Chính ủy quán triệt tiêu chuẩn.\n\nCác ủy viên phát biểu: thống nhất với báo cáo.", java.text.Normalizer.Form.NFD),
                "Hội đồng đề nghị tặng đồng chí Nguyễn Văn An; đồng chí Trần Văn Bình chưa đủ số phiếu.");
        CouncilMeeting meeting = steps.holdMeeting(baseTitle(), MEETING, typed, Map.of(f.an.id(), 9, f.binh.id(), 7));
        CouncilMeeting read = f.app.dossiers().meeting(meeting.id());
        assertThat(read.purpose()).isEqualTo("xét đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở năm 2026 (đợt 2)");
        assertThat(read.discussion()).containsExactly("Đồng chí Chính ủy quán triệt tiêu chuẩn.", "Các ủy viên phát biểu: thống nhất với báo cáo.");
        assertThat(read.conclusion()).isEqualTo("Hội đồng đề nghị tặng đồng chí Nguyễn Văn An; đồng chí Trần Văn Bình chưa đủ số phiếu.");
        vn.tdkt.doc.FormSource minutes = f.app.forms().stream().filter(s -> s.id().equals("minutes")).findFirst().orElseThrow();
        byte[] docx = f.app.documentServices().writer().render(minutes.build().apply(meeting.id()), vn.tdkt.doc.DocumentFormat.DOCX);
        byte[] pdf = f.app.documentServices().writer().render(minutes.build().apply(meeting.id()), vn.tdkt.doc.DocumentFormat.PDF);
        for (String text : List.of(vn.tdkt.doc.RenderedFiles.docxText(docx), vn.tdkt.doc.RenderedFiles.pdfText(pdf))) {
            assertThat(text.replaceAll("\\s+", " ")).contains("(đợt 2)", "Đồng chí Chính ủy quán triệt tiêu chuẩn.",
                    "Các ủy viên phát biểu: thống nhất với báo cáo.", "Hội đồng đề nghị tặng đồng chí Nguyễn Văn An; đồng chí Trần Văn Bình chưa đủ số phiếu.");
        }
    }

    @Test
    void moreVotesThanBallotsReturnedOrABadMembershipIsRefusedAndNothingWritten() {
        // 8 present + 1 written = 9 ballots; 10 in favour cannot be.
        assertThatThrownBy(() -> steps.holdMeeting(baseTitle(), MEETING, wording(), Map.of(f.an.id(), 10)))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Số phiếu đồng ý 10 vượt số phiếu thu về (9 = số có mặt + số gửi phiếu bằng văn bản)."));
        MeetingDraft tooManyWritten = new MeetingDraft(MEETING.date(), MEETING.start(), MEETING.end(), MEETING.venue(), MEETING.chair(),
                MEETING.secretary(), 10, 8, 3, "");
        assertThatThrownBy(() -> steps.holdMeeting(baseTitle(), tooManyWritten, wording(), Map.of(f.an.id(), 8))).isInstanceOf(AppException.class)
                .hasMessageContaining("meetingMembers");
        MeetingDraft noVenue = new MeetingDraft(MEETING.date(), MEETING.start(), MEETING.end(), " ", MEETING.chair(), MEETING.secretary(),
                10, 8, 1, "");
        assertThatThrownBy(() -> steps.holdMeeting(baseTitle(), noVenue, wording(), Map.of(f.an.id(), 8)))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(vietnamese(e)).isEqualTo("Chưa nhập địa điểm họp Hội đồng."));
        assertThatThrownBy(() -> steps.holdMeeting(baseTitle(), MEETING, wording(), Map.of())).isInstanceOf(AppException.class)
                .hasMessageContaining("meetingNoBallot");
        assertThat(f.app.database().dsl().fetchCount(Tables.COUNCIL_MEETING)).isZero();
        assertThat(f.app.database().dsl().fetchCount(Tables.DOCUMENT_REGISTER)).isZero();
    }

    @Test
    void theTờTrìnhListsOnlyThoseTheCouncilPassed() {
        CouncilMeeting meeting = steps.holdMeeting(baseTitle(), MEETING, wording(), Map.of(f.an.id(), 9, f.binh.id(), 7, f.cuong.id(), 8));
        assertThatThrownBy(() -> steps.propose(meeting.id(), "Chiến sĩ thi đua cơ sở", MEETING.date().minusDays(1)))
                .isInstanceOf(AppException.class).hasMessageContaining("proposalDate");
        Proposal proposal = steps.propose(meeting.id(), "Chiến sĩ thi đua cơ sở", MEETING.date().plusDays(2));
        assertThat(proposal.letter().number()).isEqualTo("01/TTr-TrĐ19");
        assertThat(proposal.award()).isEqualTo("danh hiệu Chiến sĩ thi đua cơ sở năm 2026");
        assertThat(proposal.addressee()).isEqualTo("Trung đoàn trưởng Trung đoàn 19");
        assertThat(proposal.nominees()).extracting(Vote::name).containsExactly("Nguyễn Văn An", "Lê Văn Cường");
        assertThat(f.app.dossiers().check(proposal)).isEmpty();
    }

    private Proposal proposed(Map<String, Integer> agree, LocalDate meetingDate) {
        MeetingDraft draft = new MeetingDraft(meetingDate, MEETING.start(), MEETING.end(), MEETING.venue(), MEETING.chair(), MEETING.secretary(),
                10, 9, 0, "");
        CouncilMeeting meeting = steps.holdMeeting(baseTitle(), draft, wording(), agree);
        return steps.propose(meeting.id(), "Chiến sĩ thi đua cơ sở", meetingDate.plusDays(1));
    }

    private Map<String, String> goldBook(Proposal proposal, String... numbers) {
        Map<String, String> byVote = new HashMap<>();
        for (int i = 0; i < numbers.length; i++) {
            byVote.put(proposal.nominees().get(i).id(), numbers[i]);
        }
        return byVote;
    }

    @Test
    void aDecisionTakesTheNextNumberTheBaseSalaryOfItsDateAndTheRuleSetVersionAndFillsTheHistory() {
        Proposal june = proposed(Map.of(f.an.id(), 9, f.binh.id(), 9), LocalDate.of(2026, 6, 20));
        Decision first = steps.issue(june.id(), LocalDate.of(2026, 6, 25), goldBook(june, "01", "02"));
        f.ruleSets.edit("army", "CSTDCS", 80.0, 1.5, null, "Điều 24", "hệ số thử");
        Proposal july = proposed(Map.of(f.cuong.id(), 9), LocalDate.of(2026, 7, 1));
        assertThat(steps.nextGoldBookNumbers(july.id())).containsExactly("03");
        Decision second = steps.issue(july.id(), LocalDate.of(2026, 7, 2), goldBook(july, "03"));

        assertThat(List.of(first.decision().number(), second.decision().number())).containsExactly("01/QĐ-TrĐ19", "02/QĐ-TrĐ19");
        assertThat(first.signer().rankAndName()).isEqualTo("Đại tá Nguyễn Văn Thắng");
        assertThat(first.ruleSet()).isEqualTo(new Decision.RuleSetVersion("army", 1));
        assertThat(second.ruleSet()).isEqualTo(new Decision.RuleSetVersion("army", 2));
        // Before 1 July 2026 the base salary is 2,340,000 đồng; from that day 2,530,000 (V11's table).
        assertThat(steps.decisions()).extracting(l -> l.decision().decision().number() + ":" + l.awardees() + ":" + l.bonusTotal().orElseThrow())
                .containsExactly("02/QĐ-TrĐ19:1:3795000", "01/QĐ-TrĐ19:2:4680000");
        assertThat(f.app.dossiers().decisions()).extracting(Decision::ruleSet)
                .containsExactly(new Decision.RuleSetVersion("army", 2), new Decision.RuleSetVersion("army", 1));

        assertThat(f.records.historyOf(f.an.id())).singleElement().satisfies(a -> {
            assertThat(a.titleCode()).isEqualTo("CSTDCS");
            assertThat(a.year()).isEqualTo(2026);
            assertThat(a.kind()).isEqualTo(AwardKind.MERIT);
            assertThat(a.decisionNumber()).isEqualTo("01/QĐ-TrĐ19");
            assertThat(a.decisionDate()).isEqualTo(LocalDate.of(2026, 6, 25));
            assertThat(a.issuer()).isEqualTo("Trung đoàn trưởng Trung đoàn 19");
        });
        assertThat(f.app.dossiers().check()).isEmpty();
    }

    @Test
    void decisionNumbersNeverRepeatEvenWhenATypedNumberTookTheNextOne() {
        Proposal proposal = proposed(Map.of(f.an.id(), 9), LocalDate.of(2026, 11, 2));
        // A decision entered by hand in the sổ văn bản under the number counting would have given next.
        f.app.documentServices().register().issue(vn.tdkt.doc.DocumentType.DECISION, LocalDate.of(2026, 11, 1), "Quyết định vào sổ bằng tay",
                "01/QĐ-TrĐ19");
        Decision decision = steps.issue(proposal.id(), LocalDate.of(2026, 11, 5), goldBook(proposal, "01"));
        Proposal again = proposed(Map.of(f.binh.id(), 9), LocalDate.of(2026, 11, 6));
        Decision next = steps.issue(again.id(), LocalDate.of(2026, 11, 8), goldBook(again, "02"));
        List<String> numbers = f.app.database().dsl().select(Tables.DOCUMENT_REGISTER.NUMBER).from(Tables.DOCUMENT_REGISTER)
                .where(Tables.DOCUMENT_REGISTER.NUMBER.like("%QĐ%")).fetch(Tables.DOCUMENT_REGISTER.NUMBER);
        assertThat(numbers).doesNotHaveDuplicates().hasSize(3).contains(decision.decision().number(), next.decision().number());
        assertThat(decision.decision().number()).isNotEqualTo("01/QĐ-TrĐ19");
    }

    @Test
    void aRepeatedGoldBookNumberOrAMissingOneIsRefusedAndNoNumberIsSpent() {
        Proposal first = proposed(Map.of(f.an.id(), 9), LocalDate.of(2026, 11, 2));
        steps.issue(first.id(), LocalDate.of(2026, 11, 3), goldBook(first, "07"));
        Proposal second = proposed(Map.of(f.binh.id(), 9, f.cuong.id(), 9), LocalDate.of(2026, 11, 4));
        int registered = f.app.database().dsl().fetchCount(Tables.DOCUMENT_REGISTER);
        assertThatThrownBy(() -> steps.issue(second.id(), LocalDate.of(2026, 11, 5), goldBook(second, "08", "07")))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(vietnamese(e))
                        .isEqualTo("Số sổ vàng 07 (của Lê Văn Cường) đã được dùng; mỗi số chỉ ghi một lần."));
        assertThatThrownBy(() -> steps.issue(second.id(), LocalDate.of(2026, 11, 5), goldBook(second, "08")))
                .isInstanceOf(AppException.class).hasMessageContaining("goldBookMissing");
        assertThatThrownBy(() -> steps.issue(second.id(), LocalDate.of(2026, 11, 4).minusDays(1), goldBook(second, "08", "09")))
                .isInstanceOf(AppException.class).hasMessageContaining("decisionDate");
        assertThat(f.app.database().dsl().fetchCount(Tables.DOCUMENT_REGISTER)).isEqualTo(registered);
        assertThat(f.app.dossiers().decisions()).hasSize(1);
        assertThat(f.records.historyOf(f.binh.id())).isEmpty();
    }

    @Test
    void aDecisionRecordedBeforeVersionsWereKeptStaysReadable() {
        Proposal proposal = proposed(Map.of(f.an.id(), 9), LocalDate.of(2026, 11, 2));
        Decision old = f.app.dossiers().decide(LocalDate.of(2026, 11, 3), new Decision(null, null, proposal.id(), proposal.award(), "xuất sắc",
                DossierSteps.FUND, DossierSteps.EXECUTOR, List.of(new Decision.Awardee(proposal.nominees().getFirst(), "01", 1.0))));
        Decision read = f.app.dossiers().decision(old.id());
        assertThat(read.ruleSet()).isNull();
        assertThat(read.signer()).isNull();
        assertThat(read.awardees()).singleElement().satisfies(a -> assertThat(a.bonus(2_530_000)).isEqualTo(2_530_000));
    }
}
