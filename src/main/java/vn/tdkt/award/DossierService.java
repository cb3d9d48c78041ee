package vn.tdkt.award;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import vn.tdkt.doc.Contradiction;
import vn.tdkt.doc.DocumentRegister;
import vn.tdkt.doc.DocumentType;
import vn.tdkt.doc.RegisterEntry;

/**
 * The dossier chain of an award: the council meets and votes, a Tờ trình lists those it passed, a Quyết định
 * cites the Tờ trình. Each step takes its number and date from the sổ văn bản in the same transaction, and
 * {@link #check} names every place where the chain contradicts itself.
 */
public final class DossierService {
    private final Database database;
    private final DossierRepository repository;
    private final DocumentRegister register;
    private final AuditTrail audit;

    public DossierService(Database database, DossierRepository repository, DocumentRegister register, AuditTrail audit) {
        this.database = database;
        this.repository = repository;
        this.register = register;
        this.audit = audit;
    }

    /** Records a meeting held on {@code date}; its Biên bản gets the next number. {@code draft}'s ids are replaced. */
    public CouncilMeeting recordMeeting(LocalDate date, CouncilMeeting draft) {
        if (draft.present() > draft.members() || draft.votes().isEmpty()) {
            throw new AppException("award.error.meeting");
        }
        return database.transactionResult(() -> {
            RegisterEntry minutes = register.issue(DocumentType.MINUTES, date, "Biên bản họp Hội đồng Thi đua - Khen thưởng " + draft.purpose(), null);
            List<Vote> votes = draft.votes().stream().map(v -> v.withId(Ids.newId())).toList();
            CouncilMeeting meeting = new CouncilMeeting(Ids.newId(), minutes, draft.start(), draft.end(), draft.venue(), draft.purpose(),
                    draft.chair(), draft.secretary(), draft.members(), draft.present(), draft.absence(), draft.discussion(), draft.conclusion(), votes);
            repository.insert(meeting);
            audit.created("council_meeting", meeting.id(), minutes.number());
            return meeting;
        });
    }

    /** Records a Tờ trình dated {@code date} with the next number; its nominees are votes of its meeting. */
    public Proposal propose(LocalDate date, Proposal draft) {
        return database.transactionResult(() -> {
            RegisterEntry letter = register.issue(DocumentType.PROPOSAL, date, "Tờ trình đề nghị tặng " + draft.award(), null);
            Proposal proposal = new Proposal(Ids.newId(), letter, draft.meetingId(), draft.award(), draft.addressee(), draft.addresseeShort(),
                    draft.achievement(), draft.nominees());
            repository.insert(proposal);
            audit.created("award_proposal", proposal.id(), letter.number());
            return proposal;
        });
    }

    /** Records a Quyết định dated {@code date} with the next number; it cites its Tờ trình. */
    public Decision decide(LocalDate date, Decision draft) {
        return database.transactionResult(() -> {
            RegisterEntry entry = register.issue(DocumentType.DECISION, date, "Quyết định tặng " + draft.award(), null);
            Decision decision = new Decision(Ids.newId(), entry, draft.proposalId(), draft.award(), draft.achievement(), draft.fund(),
                    draft.executor(), draft.awardees(), draft.signer(), draft.ruleSet());
            repository.insert(decision);
            audit.created("award_decision", decision.id(), entry.number());
            return decision;
        });
    }

    public List<CouncilMeeting> meetings() {
        return repository.meetings();
    }

    public List<Proposal> proposals() {
        return repository.proposals();
    }

    public List<Decision> decisions() {
        return repository.decisions();
    }

    public CouncilMeeting meeting(String id) {
        return repository.meeting(id).orElseThrow(() -> new AppException("award.error.missing", id));
    }

    public Proposal proposal(String id) {
        return proposals().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow(() -> new AppException("award.error.missing", id));
    }

    public Decision decision(String id) {
        return decisions().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new AppException("award.error.missing", id));
    }

    /** The votes of every meeting, newest meeting first: whom an achievement report can be written for. */
    public List<Vote> votes() {
        return meetings().stream().flatMap(m -> m.votes().stream()).toList();
    }

    /** The meeting a vote was cast at. */
    public Optional<CouncilMeeting> meetingOf(String voteId) {
        return meetings().stream().filter(m -> m.votes().stream().anyMatch(v -> v.id().equals(voteId))).findFirst();
    }

    /** Every contradiction in the data folder's dossiers. */
    public List<Contradiction> check() {
        List<Contradiction> found = new ArrayList<>();
        meetings().forEach(meeting -> found.addAll(check(meeting)));
        proposals().forEach(proposal -> found.addAll(check(proposal)));
        decisions().forEach(decision -> found.addAll(check(decision)));
        return found;
    }

    public List<Contradiction> check(CouncilMeeting meeting) {
        List<Contradiction> found = new ArrayList<>();
        for (Vote vote : meeting.votes()) {
            if (vote.votes() > meeting.members()) {
                found.add(Contradiction.of("award.check.votesOverMembers", meeting.minutes().number(), vote.name(), vote.votes(), meeting.members()));
            }
        }
        return found;
    }

    /** A Tờ trình must come after the meeting it rests on and list only nominees that meeting passed. */
    public List<Contradiction> check(Proposal proposal) {
        List<Contradiction> found = new ArrayList<>();
        Optional<CouncilMeeting> meeting = repository.meeting(proposal.meetingId());
        if (meeting.isEmpty()) {
            return List.of(Contradiction.of("award.check.noMinutes", proposal.letter().number()));
        }
        CouncilMeeting held = meeting.get();
        if (proposal.date().isBefore(held.date())) {
            found.add(Contradiction.of("award.check.proposalBeforeMinutes", proposal.letter().number(), VietnameseDates.shortForm(proposal.date()),
                    held.minutes().number(), VietnameseDates.shortForm(held.date())));
        }
        Set<String> votedHere = held.votes().stream().map(Vote::id).collect(Collectors.toSet());
        for (Vote nominee : proposal.nominees()) {
            if (!votedHere.contains(nominee.id())) {
                found.add(Contradiction.of("award.check.notInMinutes", proposal.letter().number(), nominee.name(), held.minutes().number()));
            } else if (!nominee.passed()) {
                found.add(Contradiction.of("award.check.rejectedNominee", proposal.letter().number(), nominee.name(), held.minutes().number()));
            }
        }
        return found;
    }

    /** A Quyết định must come after the Tờ trình it cites and award only those it proposed. */
    public List<Contradiction> check(Decision decision) {
        List<Contradiction> found = new ArrayList<>();
        Proposal proposal = proposals().stream().filter(p -> p.id().equals(decision.proposalId())).findFirst().orElse(null);
        if (proposal == null) {
            return List.of(Contradiction.of("award.check.noProposal", decision.decision().number()));
        }
        if (decision.date().isBefore(proposal.date())) {
            found.add(Contradiction.of("award.check.decisionBeforeProposal", decision.decision().number(), VietnameseDates.shortForm(decision.date()),
                    proposal.letter().number(), VietnameseDates.shortForm(proposal.date())));
        }
        Set<String> proposed = proposal.nominees().stream().map(Vote::id).collect(Collectors.toSet());
        for (Decision.Awardee awardee : decision.awardees()) {
            if (!proposed.contains(awardee.vote().id())) {
                found.add(Contradiction.of("award.check.notProposed", decision.decision().number(), awardee.vote().name(), proposal.letter().number()));
            }
        }
        return found;
    }
}
