package vn.tdkt.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.Database;
import vn.tdkt.doc.Issuer;
import vn.tdkt.settings.BaseSalary;
import vn.tdkt.settings.LegalRegister;

/**
 * The officer's path through an award dossier, each step checked before anything is written: the council votes
 * on a title's qualifying list (the share over its whole membership, per the rule set), a Tờ trình proposes those
 * it passed, a Quyết định awards them with gold-book numbers and the bonus the rule set gives, signed by the
 * letterhead's commander and marked with the rule set's version; issuing it adds the awards to the history that
 * next years' eligibility reads. {@link DossierService} stores each document as given; this is where the rules are.
 */
public final class DossierSteps {
    static final String FUND = "quỹ thi đua, khen thưởng của đơn vị";
    static final String EXECUTOR = "Chủ nhiệm Chính trị, chỉ huy các cơ quan, đơn vị có liên quan";

    private final Database database;
    private final DossierService dossiers;
    private final CouncilBallots ballots;
    private final RuleSetService ruleSets;
    private final AwardRecordService records;
    private final LegalRegister legal;
    private final Supplier<Issuer> issuer;

    public DossierSteps(Database database, DossierService dossiers, CouncilBallots ballots, RuleSetService ruleSets, AwardRecordService records,
                        LegalRegister legal, Supplier<Issuer> issuer) {
        this.database = database;
        this.dossiers = dossiers;
        this.ballots = ballots;
        this.ruleSets = ruleSets;
        this.records = records;
        this.legal = legal;
        this.issuer = issuer;
    }

    /**
     * Records the meeting that voted on {@code result}'s qualifying candidates, its Biên bản in the words the officer
     * left in {@code wording} (none of its parts empty).
     *
     * @param agree votes in favour by candidate id, absent members' written votes included; a qualifying candidate
     *              without a count was not put to the vote
     */
    public CouncilMeeting holdMeeting(TitleResult result, MeetingDraft draft, MeetingWording wording, Map<String, Integer> agree) {
        String venue = required(draft.venue(), "award.error.meetingVenue");
        String chair = required(draft.chair(), "award.error.meetingChair");
        String secretary = required(draft.secretary(), "award.error.meetingSecretary");
        MeetingWording words = wording.checked();
        if (draft.date() == null || draft.start() == null || draft.end() == null || !draft.start().isBefore(draft.end())) {
            throw new AppException("award.error.meetingTime");
        }
        int absent = draft.members() - draft.present();
        if (draft.members() <= 0 || draft.present() < 0 || absent < 0 || draft.writtenVotes() < 0 || draft.writtenVotes() > absent) {
            throw new AppException("award.error.meetingMembers", draft.members(), draft.present(), draft.writtenVotes());
        }
        int ballotsCast = draft.present() + draft.writtenVotes();
        for (Map.Entry<String, Integer> count : agree.entrySet()) {
            if (count.getValue() < 0 || count.getValue() > ballotsCast) {
                throw new AppException("award.error.meetingVotes", count.getValue(), ballotsCast);
            }
        }
        List<Vote> lines = ballots.lines(result, draft.members(), agree);
        if (lines.isEmpty()) {
            throw new AppException("award.error.meetingNoBallot");
        }
        int year = draft.date().getYear();
        Map<String, Grade> grades = records.grades(year);
        List<Vote> summarised = lines.stream().map(v -> withSummary(v, grades, result.rule(), year)).toList();
        String absence = absenceLine(absent, draft.writtenVotes(), VietnameseText.clean(draft.absence()));
        CouncilMeeting meeting = new CouncilMeeting(null, null, draft.start(), draft.end(), venue, words.purpose(), chair, secretary,
                draft.members(), draft.present(), absence, words.discussion(), words.conclusion(), summarised);
        return dossiers.recordMeeting(draft.date(), meeting);
    }

    /** The grade of the year on the Tờ trình's line: what the council weighed first. */
    private static Vote withSummary(Vote vote, Map<String, Grade> grades, TitleRule rule, int year) {
        String subject = vote.collective() ? vote.unitId() : vote.personId();
        Grade grade = subject == null ? null : grades.get(subject);
        String summary = grade == null ? rule.name() + " năm " + year : "Phân loại năm " + year + ": " + grade.name();
        return new Vote(null, vote.personId(), vote.name(), vote.rank(), vote.positionAndUnit(), vote.collective(), vote.award(), vote.votes(),
                vote.passed(), summary, vote.unitId());
    }

    private static String absenceLine(int absent, int written, String note) {
        if (absent == 0) {
            return "";
        }
        String line = written + "/" + absent + " đồng chí vắng mặt gửi phiếu bằng văn bản";
        return note == null || note.isEmpty() ? line : note + "; " + line;
    }

    /** A Tờ trình dated {@code date} proposing everyone the meeting passed for {@code title}, and no one else. */
    public Proposal propose(String meetingId, String title, LocalDate date) {
        CouncilMeeting meeting = dossiers.meeting(meetingId);
        if (date == null || date.isBefore(meeting.date())) {
            throw new AppException("award.error.proposalDate", meeting.minutes().number(), VietnameseDates.shortForm(meeting.date()));
        }
        List<Vote> passed = meeting.votes().stream().filter(v -> v.passed() && v.award().equals(title)).toList();
        if (passed.isEmpty()) {
            throw new AppException("award.error.proposalNonePassed", meeting.minutes().number(), title);
        }
        Issuer unit = issuer.get();
        int year = meeting.date().getYear();
        boolean isTitle = ruleSets.inUse().titles().stream().anyMatch(t -> t.name().equals(title) && "title".equals(t.family()));
        return dossiers.propose(date, new Proposal(null, null, meeting.id(), isTitle ? "danh hiệu " + title + " năm " + year : title,
                unit.commander().title() + " " + unit.unitName(), "Thủ trưởng " + unit.unitName(),
                "xuất sắc trong phong trào thi đua năm " + year, passed));
    }

    /** The titles a meeting passed someone for, each of which a Tờ trình can propose. */
    public static List<String> passedTitles(CouncilMeeting meeting) {
        return meeting.votes().stream().filter(Vote::passed).map(Vote::award).distinct().toList();
    }

    /** Gold-book numbers for a proposal's nominees, going on from the highest number any decision gave. */
    public List<String> nextGoldBookNumbers(String proposalId) {
        int highest = dossiers.decisions().stream().flatMap(d -> d.awardees().stream()).map(Decision.Awardee::goldBookNumber)
                .mapToInt(DossierSteps::numeric).max().orElse(0);
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= dossiers.proposal(proposalId).nominees().size(); i++) {
            numbers.add(String.format("%02d", highest + i));
        }
        return numbers;
    }

    private static int numeric(String goldBook) {
        try {
            return Integer.parseInt(goldBook.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * Issues the Quyết định on {@code proposalId}, dated {@code date}, awarding every nominee of the Tờ trình.
     *
     * @param goldBook the số sổ vàng by nominee (vote id): each given, none given twice, none another decision used
     */
    public Decision issue(String proposalId, LocalDate date, Map<String, String> goldBook) {
        Proposal proposal = dossiers.proposal(proposalId);
        if (date == null || date.isBefore(proposal.date())) {
            throw new AppException("award.error.decisionDate", proposal.letter().number(), VietnameseDates.shortForm(proposal.date()));
        }
        Issuer unit = issuer.get();
        legal.salaryOn(date).map(BaseSalary::amount)
                .orElseThrow(() -> new AppException("award.error.noSalary", VietnameseDates.shortForm(date)));
        RuleSet rules = ruleSets.inUse();
        Set<String> used = new HashSet<>(dossiers.decisions().stream().flatMap(d -> d.awardees().stream())
                .map(a -> a.goldBookNumber().strip()).toList());
        List<Decision.Awardee> awardees = new ArrayList<>();
        for (Vote nominee : proposal.nominees()) {
            String number = VietnameseText.clean(goldBook.get(nominee.id()));
            if (number == null || number.isEmpty()) {
                throw new AppException("award.error.goldBookMissing", nominee.name());
            }
            if (!used.add(number)) {
                throw new AppException("award.error.goldBookUsed", number, nominee.name());
            }
            TitleRule rule = ruleOf(rules, nominee);
            if (rule.bonusMultiple() == null) {
                throw new AppException("award.error.noBonus", rule.name());
            }
            awardees.add(new Decision.Awardee(nominee, number, rule.bonusMultiple()));
        }
        Decision draft = new Decision(null, null, proposal.id(), proposal.award(), proposal.achievement(), FUND, EXECUTOR, awardees,
                unit.commander(), new Decision.RuleSetVersion(rules.code(), rules.version()));
        return database.transactionResult(() -> {
            Decision decision = dossiers.decide(date, draft);
            records.addPastAwards(history(decision, rules, unit));
            return decision;
        });
    }

    private static TitleRule ruleOf(RuleSet rules, Vote nominee) {
        return rules.titles().stream().filter(t -> t.name().equals(nominee.award())).findFirst()
                .orElseThrow(() -> new AppException("award.error.titleNotInRules", nominee.award(), rules.name()));
    }

    /** The awards as the history keeps them; a collective whose ballot names no unit has no history to add to. */
    private static List<PastAward> history(Decision decision, RuleSet rules, Issuer unit) {
        List<PastAward> awards = new ArrayList<>();
        String issuedBy = decision.signer().title() + " " + unit.unitName();
        for (Decision.Awardee awardee : decision.awardees()) {
            Vote vote = awardee.vote();
            Optional<SubjectKind> kind = vote.collective() ? Optional.ofNullable(vote.unitId()).map(id -> SubjectKind.UNIT)
                    : Optional.ofNullable(vote.personId()).map(id -> SubjectKind.PERSON);
            kind.ifPresent(k -> awards.add(new PastAward(Ids.newId(), k, k == SubjectKind.UNIT ? vote.unitId() : vote.personId(),
                    decision.date().getYear(), ruleOf(rules, vote).code(), vote.award(), AwardKind.MERIT, decision.decision().number(),
                    decision.date(), issuedBy)));
        }
        return awards;
    }

    /** One line of the decisions list; {@code bonusTotal} is empty while no base salary is in force on its date. */
    public record DecisionLine(Decision decision, int awardees, Optional<Long> bonusTotal) {
    }

    /** Every decision, newest first, with its awardee count and bonus total at the base salary of its date. */
    public List<DecisionLine> decisions() {
        return dossiers.decisions().stream().map(d -> new DecisionLine(d, d.awardees().size(),
                legal.salaryOn(d.date()).map(s -> d.bonusTotal(s.amount())))).toList();
    }

    private static String required(String text, String key) {
        String clean = VietnameseText.clean(text);
        if (clean == null || clean.isEmpty()) {
            throw new AppException(key);
        }
        return clean;
    }
}
