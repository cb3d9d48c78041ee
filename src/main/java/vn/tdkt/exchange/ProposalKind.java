package vn.tdkt.exchange;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.award.CouncilMeeting;
import vn.tdkt.award.DossierService;
import vn.tdkt.award.Proposal;
import vn.tdkt.award.Vote;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.FormSource;
import vn.tdkt.exchange.AwardRecords.ProposalJson;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;

/**
 * An award proposal (SUBJECT: the Tờ trình's id, as the export dialog lists it): the Tờ trình, the
 * council meeting it rests on and its nominees as {@code data/proposal.json}, with the Tờ trình (PDF
 * and DOCX), the Biên bản and each nominee's báo cáo thành tích rendered under {@code docs/}. The
 * higher echelon keeps it read-only under the sending unit, beside its own records, and counts the
 * titles each subordinate proposes; a newer package of the same Tờ trình replaces the older.
 */
final class ProposalKind implements PackageKind {
    static final String NAME = "proposal";
    static final String PROPOSAL = "proposal";

    private final DossierService dossiers;
    private final Supplier<List<FormSource>> forms;
    private final UnitService units;
    private final ExchangeRepository exchange;
    private final AwardExchangeRepository table;
    private final DocumentWriter writer = new DocumentWriter();

    ProposalKind(DossierService dossiers, Supplier<List<FormSource>> forms, UnitService units, ExchangeRepository exchange,
                 AwardExchangeRepository table) {
        this.dossiers = dossiers;
        this.forms = forms;
        this.units = units;
        this.exchange = exchange;
        this.table = table;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Subject> subjects() {
        return dossiers.proposals().stream()
                .map(p -> new Subject(p.id(), "Số " + p.letter().number() + " — " + p.award() + " (" + p.nominees().size() + ")")).toList();
    }

    @Override
    public PackageContents contents(String subject, Path work, Messages messages) {
        Proposal proposal = dossiers.proposal(subject);
        CouncilMeeting meeting = dossiers.meeting(proposal.meetingId());
        Unit top = ownTop(units, exchange);
        PackageContents contents = new PackageContents(new Manifest.SourceUnit(top.id(), top.code(), top.name()), true)
                .subject(proposal.id())
                .count("nominee", proposal.nominees().size())
                .data("proposal", ProposalJson.of(proposal, meeting));
        render(contents, work, "proposal", proposal.id(), proposal.letter().number(), DocumentFormat.PDF, DocumentFormat.DOCX);
        render(contents, work, "minutes", meeting.id(), meeting.minutes().number(), DocumentFormat.PDF);
        for (Vote nominee : proposal.nominees()) {
            if (nominee.collective()) {
                render(contents, work, "collectiveReport", nominee.id(), nominee.name(), DocumentFormat.PDF);
            } else if (nominee.personId() != null) {
                render(contents, work, "personalReport", nominee.id(), nominee.name(), DocumentFormat.PDF);
            }
        }
        return contents;
    }

    /** The award form {@code formId} filled from record {@code id}, rendered into {@code work} and added under docs/. */
    private void render(PackageContents contents, Path work, String formId, String id, String suffix, DocumentFormat... formats) {
        FormSource form = forms.get().stream().filter(f -> f.id().equals(formId)).findFirst()
                .orElseThrow(() -> new IllegalStateException("award form " + formId));
        String stem = form.fileName(new FormSource.Choice(id, suffix, suffix));
        var document = form.build().apply(id);
        for (DocumentFormat format : formats) {
            Path file = writer.write(document, format, work, stem);
            contents.doc(file.getFileName().toString(), file);
        }
    }

    @Override
    public void apply(OpenedPackage opened, ImportScope scope) {
        ProposalJson proposal = opened.data("proposal", ProposalJson.class).checked();
        if (!proposal.id().equals(opened.manifest().subject())) {
            throw new AppException("exchange.error.badRecords", "proposal " + proposal.id());
        }
        Map<String, String> owners = scope.owners(PROPOSAL, List.of(proposal.id()));
        if (table.proposalExists(proposal.id()) && !scope.owner().equals(owners.get(proposal.id()))) {
            throw new AppException("exchange.error.recordTaken", proposal.number());
        }
        Set<String> gone = new HashSet<>(scope.previouslyOwned(PROPOSAL));
        gone.add(proposal.id());
        table.deleteProposals(gone);
        Manifest.SourceUnit unit = opened.manifest().unit();
        table.insertProposal(proposal, unit.id() == null ? unit.code() : unit.id(), unit.name());
        gone.remove(proposal.id());
        scope.forget(PROPOSAL, gone);
        scope.own(PROPOSAL, List.of(proposal.id()));
    }

    /** This installation's own top unit, which its award packages speak for. */
    static Unit ownTop(UnitService units, ExchangeRepository exchange) {
        Set<String> imported = exchange.importedIds(SnapshotKind.UNIT);
        return units.all().stream().filter(u -> u.parentId() == null && !u.dissolved() && !imported.contains(u.id())).findFirst()
                .orElseThrow(() -> new AppException("exchange.error.noOwnUnit"));
    }
}
