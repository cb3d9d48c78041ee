package vn.tdkt.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.doc.Contradiction;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.FormSource;
import vn.tdkt.doc.Issuer;
import vn.tdkt.org.Gender;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.RosterDates;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.UnitService;
import vn.tdkt.settings.BaseSalary;
import vn.tdkt.settings.LegalRegister;

/**
 * The award dossier's forms, each filled from one record of the data folder: a Biên bản from a council
 * meeting, a Tờ trình from a proposal, a Quyết định from a decision, a Báo cáo thành tích from a nominee's
 * ballot. Legal grounds and the base salary are those in force on the document's own date. A nominee's báo cáo
 * thành tích cites, besides the roster and the award history, the scores of their year and their ĐHTT dossier as
 * those features recorded them by the report's date; what they did not record is left out, never made up.
 */
public final class DossierForms {
    private final DossierService awards;
    private final CommendationServices commendation;
    private final LegalRegister legal;
    private final RosterService roster;
    private final UnitService units;
    private final Supplier<Issuer> issuer;
    private final NomineeScores scores;
    private final NomineeModel model;

    public DossierForms(DossierService awards, CommendationServices commendation, LegalRegister legal, RosterService roster, UnitService units,
                        Supplier<Issuer> issuer, NomineeScores scores, NomineeModel model) {
        this.awards = awards;
        this.commendation = commendation;
        this.legal = legal;
        this.roster = roster;
        this.units = units;
        this.issuer = issuer;
        this.scores = scores;
        this.model = model;
    }

    public List<FormSource> all() {
        return List.of(
                new FormSource("minutes", "Bien-ban-hop-Hoi-dong-TDKT", "award.missing.meeting",
                        () -> awards.meetings().stream().map(m -> new FormSource.Choice(m.id(),
                                label(m.minutes().number(), m.date(), m.purpose()), m.minutes().number())).toList(),
                        id -> CouncilMinutesForm.build(issuer.get(), awards.meeting(id)),
                        id -> awards.check(awards.meeting(id))),
                new FormSource("proposal", "To-trinh-khen-thuong", "award.missing.proposal",
                        () -> awards.proposals().stream().map(p -> new FormSource.Choice(p.id(),
                                label(p.letter().number(), p.date(), p.award()), p.letter().number())).toList(),
                        this::proposal, this::checkProposal),
                new FormSource("decision", "Quyet-dinh-khen-thuong", "award.missing.decision",
                        () -> awards.decisions().stream().map(d -> new FormSource.Choice(d.id(),
                                label(d.decision().number(), d.date(), d.award()), d.decision().number())).toList(),
                        this::decision, this::checkDecision),
                new FormSource("personalReport", "Bao-cao-thanh-tich-ca-nhan", "award.missing.nominee",
                        () -> nominees(false), this::personalReport, id -> List.of()),
                new FormSource("collectiveReport", "Bao-cao-thanh-tich-tap-the", "award.missing.nominee",
                        () -> nominees(true), this::collectiveReport, id -> List.of()));
    }

    private static String label(String number, LocalDate date, String subject) {
        return "Số " + number + ", " + VietnameseDates.shortForm(date) + " — " + subject;
    }

    private List<FormSource.Choice> nominees(boolean collective) {
        List<FormSource.Choice> choices = new ArrayList<>();
        for (CouncilMeeting meeting : awards.meetings()) {
            for (Vote vote : meeting.votes()) {
                if (vote.collective() == collective && (collective || vote.personId() != null)) {
                    choices.add(new FormSource.Choice(vote.id(), vote.name() + " — " + vote.award() + " (Biên bản số " + meeting.minutes().number() + ")",
                            vote.name() + "-" + meeting.date().getYear()));
                }
            }
        }
        return choices;
    }

    /** "Căn cứ …" for each legal document in force on {@code date}. */
    private List<String> grounds(LocalDate date) {
        return legal.groundsOn(date).stream().map(d -> "Căn cứ " + d.citation()).toList();
    }

    private Document proposal(String id) {
        Proposal proposal = awards.proposal(id);
        return ProposalLetterForm.build(issuer.get(), grounds(proposal.date()), proposal, awards.meeting(proposal.meetingId()));
    }

    /**
     * The Tờ trình of a proposal kept in no data folder here — the demo's fictional subordinate's — headed by its own
     * {@code sender}, with the legal grounds in force on its date: what that unit's proposal package would carry.
     */
    public Document proposalLetter(Issuer sender, Proposal proposal, CouncilMeeting meeting) {
        return ProposalLetterForm.build(sender, grounds(proposal.date()), proposal, meeting);
    }

    /** The Biên bản of such a meeting, headed by {@code sender}. */
    public static Document councilMinutes(Issuer sender, CouncilMeeting meeting) {
        return CouncilMinutesForm.build(sender, meeting);
    }

    private Document decision(String id) {
        Decision decision = awards.decision(id);
        long salary = legal.salaryOn(decision.date()).map(BaseSalary::amount)
                .orElseThrow(() -> new AppException("award.check.noSalary", decision.decision().number(), VietnameseDates.shortForm(decision.date())));
        return AwardDecisionForm.build(issuer.get(), grounds(decision.date()), decision, awards.proposal(decision.proposalId()), salary);
    }

    private List<Contradiction> checkProposal(String id) {
        Proposal proposal = awards.proposal(id);
        List<Contradiction> found = new ArrayList<>(awards.check(proposal));
        found.addAll(checkGrounds(proposal.letter().number(), proposal.date()));
        return found;
    }

    private List<Contradiction> checkDecision(String id) {
        Decision decision = awards.decision(id);
        List<Contradiction> found = new ArrayList<>(awards.check(decision));
        found.addAll(checkGrounds(decision.decision().number(), decision.date()));
        if (legal.salaryOn(decision.date()).isEmpty()) {
            found.add(Contradiction.of("award.check.noSalary", decision.decision().number(), VietnameseDates.shortForm(decision.date())));
        }
        return found;
    }

    private List<Contradiction> checkGrounds(String number, LocalDate date) {
        return legal.groundsOn(date).isEmpty()
                ? List.of(Contradiction.of("award.check.noGrounds", number, VietnameseDates.shortForm(date))) : List.of();
    }

    /** Every contradiction of every award document in the data folder. */
    public List<Contradiction> check() {
        List<Contradiction> found = new ArrayList<>(awards.check());
        for (Proposal proposal : awards.proposals()) {
            found.addAll(checkGrounds(proposal.letter().number(), proposal.date()));
        }
        for (Decision decision : awards.decisions()) {
            found.addAll(checkGrounds(decision.decision().number(), decision.date()));
            if (legal.salaryOn(decision.date()).isEmpty()) {
                found.add(Contradiction.of("award.check.noSalary", decision.decision().number(), VietnameseDates.shortForm(decision.date())));
            }
        }
        return found;
    }

    private Vote vote(String id) {
        return awards.votes().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow(() -> new AppException("award.error.missing", id));
    }

    /** Dated on the meeting that weighed it: the report is part of the dossier the council reviewed. */
    private Document personalReport(String voteId) {
        Vote vote = vote(voteId);
        LocalDate date = awards.meetingOf(voteId).orElseThrow().date();
        Person person = roster.get(vote.personId());
        PersonDetails details = person.details();
        String unit = units.get(person.unitId()).name();
        String rankAndPosition = String.join(", ", nonBlank(details.rank(), details.position(), details.partyMember() ? "Đảng viên" : null));
        List<AchievementReportForm.ProfileLine> profile = List.of(
                new AchievementReportForm.ProfileLine("Họ tên (Ghi đầy đủ bằng chữ in thường, không viết tắt)", details.fullName()),
                new AchievementReportForm.ProfileLine("Sinh ngày, tháng, năm", RosterDates.format(details.birth()) + "; Giới tính: "
                        + (details.gender() == null ? "" : details.gender() == Gender.FEMALE ? "Nữ" : "Nam")),
                new AchievementReportForm.ProfileLine("Quê quán", orEmpty(details.homeTown())),
                new AchievementReportForm.ProfileLine("Trú quán", ""),
                new AchievementReportForm.ProfileLine("Đơn vị công tác", unit + ", " + issuer.get().unitName()),
                new AchievementReportForm.ProfileLine("Cấp bậc, chức vụ (Đảng, chính quyền, đoàn thể)", rankAndPosition),
                new AchievementReportForm.ProfileLine("Trình độ chuyên môn, nghiệp vụ", orEmpty(details.education())),
                new AchievementReportForm.ProfileLine("Học hàm, học vị, danh hiệu, giải thưởng", ""));
        List<String> duties = details.position() == null ? List.of() : List.of(details.position() + ", " + unit + ".");
        List<String> achievements = new ArrayList<>(List.of(vote.summary() + "."));
        scores.of(SubjectKind.PERSON, vote.personId(), date).forEach(figure -> achievements.add(scoreLine(figure)));
        model.of(SubjectKind.PERSON, vote.personId(), date).ifPresent(m -> achievements.addAll(modelLines(m)));
        return AchievementReportForm.build(issuer.get(), new AchievementReportForm.Report(false, vote.name(), vote.award(), date, profile,
                duties, achievements, List.of(), recognitions(vote, date, true), recognitions(vote, date, false), vote.name()));
    }

    /** A collective's scores are the table of II.1 (the template's "bảng chỉ tiêu"); its ĐHTT dossier is part of II.2. */
    private Document collectiveReport(String voteId) {
        Vote vote = vote(voteId);
        LocalDate date = awards.meetingOf(voteId).orElseThrow().date();
        List<String> duties = new ArrayList<>(List.of(vote.summary() + "."));
        List<NomineeScores.Figure> figures = scores.of(SubjectKind.UNIT, vote.unitId(), date);
        List<List<String>> results = new ArrayList<>();
        if (!figures.isEmpty()) {
            duties.add("Kết quả chấm điểm thi đua của đơn vị:");
            results.add(List.of("Kỳ chấm điểm", "Tổng điểm", "Xếp thứ", "Xếp loại"));
            figures.forEach(f -> results.add(List.of(capitalized(f.period()), VietnameseNumbers.decimal(f.total(), 2), f.rank() + "/" + f.ranked(),
                    f.band())));
        }
        List<String> achievements = model.of(SubjectKind.UNIT, vote.unitId(), date).map(DossierForms::modelLines).orElse(List.of());
        return AchievementReportForm.build(issuer.get(), new AchievementReportForm.Report(true, vote.name(), vote.award(), date,
                List.of(new AchievementReportForm.ProfileLine("Đơn vị trực thuộc", vote.positionAndUnit())), duties,
                achievements, results, recognitions(vote, date, true), recognitions(vote, date, false), ""));
    }

    /** "Kết quả chấm điểm thi đua năm 2026 (bình quân từ tháng 1 đến tháng 10): 91,5 điểm, xếp thứ 1/4, loại Xuất sắc." */
    private static String scoreLine(NomineeScores.Figure figure) {
        String whose = figure.own() ? "" : " của " + figure.scoredName() + " (đơn vị công tác)";
        return "Kết quả chấm điểm thi đua" + whose + " " + figure.period() + ": " + VietnameseNumbers.decimal(figure.total(), 2) + " điểm, xếp thứ "
                + figure.rank() + "/" + figure.ranked() + (figure.band().isBlank() ? "" : ", loại " + figure.band()) + ".";
    }

    /** The model's field and stage, then the dossier's summary as the officer wrote it, paragraph by paragraph. */
    private static List<String> modelLines(NomineeModel.Model m) {
        List<String> lines = new ArrayList<>();
        lines.add("Được lựa chọn xây dựng điển hình tiên tiến về " + m.field().toLowerCase(Locale.ROOT) + "; giai đoạn " + m.stage().toLowerCase(Locale.ROOT)
                + " từ ngày " + VietnameseDates.shortForm(m.stageOn()) + (m.summary().isEmpty() ? "." : ". Thành tích tóm tắt trong hồ sơ điển hình:"));
        m.summary().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(lines::add);
        return lines;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * What the nominee received before {@code before}: titles ("danh hiệu") in one table, other awards in the other.
     * The award history first (typed, imported, or added by a decision issued here); then this unit's earlier
     * decisions that the history does not hold, as decisions recorded before issuing added to the history.
     */
    private List<AchievementReportForm.Recognition> recognitions(Vote nominee, LocalDate before, boolean titles) {
        Issuer unit = issuer.get();
        RuleSet rules = commendation.ruleSets().inUse();
        List<AchievementReportForm.Recognition> rows = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        String subject = nominee.collective() ? nominee.unitId() : nominee.personId();
        List<PastAward> history = subject == null ? List.of() : commendation.records().historyOf(subject);
        for (PastAward award : history) {
            boolean title = award.titleCode() != null && rules.title(award.titleCode()).map(t -> "title".equals(t.family())).orElse(false);
            boolean earlier = award.decisionDate() == null ? award.year() < before.getYear() : award.decisionDate().isBefore(before);
            if (award.decisionNumber() != null) {
                numbers.add(award.decisionNumber());
            }
            if (earlier && title == titles) {
                rows.add(new AchievementReportForm.Recognition(award.year(), award.titleName(), decisionLine(award.decisionNumber(),
                        award.decisionDate(), award.issuer())));
            }
        }
        for (Decision decision : awards.decisions()) {
            if (!decision.date().isBefore(before) || decision.award().contains("danh hiệu") != titles
                    || numbers.contains(decision.decision().number())) {
                continue;
            }
            for (Decision.Awardee awardee : decision.awardees()) {
                Vote vote = awardee.vote();
                boolean same = nominee.personId() != null ? nominee.personId().equals(vote.personId()) : nominee.name().equals(vote.name());
                if (same) {
                    rows.add(new AchievementReportForm.Recognition(decision.date().getYear(), vote.award(), decisionLine(decision.decision().number(),
                            decision.date(), unit.commander().title() + " " + unit.unitName())));
                }
            }
        }
        rows.sort(Comparator.comparingInt(AchievementReportForm.Recognition::year));
        return rows;
    }

    private static String decisionLine(String number, LocalDate date, String issuedBy) {
        List<String> parts = new ArrayList<>();
        if (number != null) {
            parts.add("Quyết định số " + number + (date == null ? "" : " ngày " + VietnameseDates.shortForm(date)));
        }
        if (issuedBy != null && !issuedBy.isBlank()) {
            parts.add(issuedBy);
        }
        return String.join("; ", parts);
    }

    private static List<String> nonBlank(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value);
            }
        }
        return kept;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
