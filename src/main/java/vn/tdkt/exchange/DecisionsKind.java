package vn.tdkt.exchange;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.tdkt.award.AwardKind;
import vn.tdkt.award.AwardRecordRepository;
import vn.tdkt.award.Decision;
import vn.tdkt.award.DossierService;
import vn.tdkt.award.PastAward;
import vn.tdkt.award.RuleSetService;
import vn.tdkt.award.SubjectKind;
import vn.tdkt.award.TitleRule;
import vn.tdkt.award.Vote;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.FormSource;
import vn.tdkt.exchange.AwardRecords.AwardeeJson;
import vn.tdkt.exchange.AwardRecords.DecisionJson;
import vn.tdkt.exchange.AwardRecords.Decisions;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonRepository;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;

/**
 * Decisions sent back down (SUBJECT: the code of a subordinate unit whose snapshot came here): every
 * Quyết định of this installation that awards people or units of that unit, each awardee named by the
 * UUID it keeps across installations, with the Quyết định rendered under {@code docs/}. The
 * subordinate adds them to the award history of those people and units; a newer package replaces
 * the lines the older one brought.
 */
final class DecisionsKind implements PackageKind {
    static final String NAME = "decisions";
    static final String HISTORY = "award_history";

    private final DossierService dossiers;
    private final Supplier<List<FormSource>> forms;
    private final RuleSetService ruleSets;
    private final UnitService units;
    private final PersonRepository personTable;
    private final AwardRecordRepository history;
    private final ExchangeRepository exchange;
    private final AwardExchangeRepository table;

    DecisionsKind(DossierService dossiers, Supplier<List<FormSource>> forms, RuleSetService ruleSets, UnitService units,
                  PersonRepository personTable, AwardRecordRepository history, ExchangeRepository exchange, AwardExchangeRepository table) {
        this.dossiers = dossiers;
        this.forms = forms;
        this.ruleSets = ruleSets;
        this.units = units;
        this.personTable = personTable;
        this.history = history;
        this.exchange = exchange;
        this.table = table;
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The subordinate units whose snapshot is here: decisions go down to them. */
    @Override
    public List<Subject> subjects() {
        return exchange.allReceived().stream().filter(p -> p.kind().equals(SnapshotKind.NAME) && p.current())
                .map(p -> new Subject(p.unitCode(), p.unitName())).distinct().toList();
    }

    @Override
    public PackageContents contents(String subject, Path work, Messages messages) {
        Unit target = units.byCode(subject).orElseThrow(() -> new AppException("exchange.error.unknownUnit", subject));
        if (!exchange.importedIds(SnapshotKind.UNIT).contains(target.id())) {
            throw new AppException("exchange.error.decisionsNotSubordinate", target.name());
        }
        Set<String> subtree = units.subtreeIds(target.id());
        Map<String, Unit> byId = units.all().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<DecisionJson> sent = new ArrayList<>();
        List<Decision> rendered = new ArrayList<>();
        int awardees = 0;
        for (Decision decision : dossiers.decisions()) {
            List<AwardeeJson> here = decision.awardees().stream()
                    .map(a -> awardee(a.vote(), decision.decision().number(), subtree, byId)).flatMap(Optional::stream).toList();
            if (!here.isEmpty()) {
                awardees += here.size();
                sent.add(new DecisionJson(decision.id(), decision.decision().number(), decision.date().toString(), decision.award(),
                        decision.achievement(), here.toArray(AwardeeJson[]::new)));
                rendered.add(decision);
            }
        }
        if (sent.isEmpty()) {
            throw new AppException("exchange.error.noDecisions", target.name());
        }
        Unit top = ProposalKind.ownTop(units, exchange);
        PackageContents contents = new PackageContents(new Manifest.SourceUnit(top.id(), top.code(), top.name()), true)
                .subject(target.code())
                .count("decision", sent.size())
                .count("awardee", awardees)
                .data("decisions", new Decisions(sent.toArray(DecisionJson[]::new)));
        FormSource form = forms.get().stream().filter(f -> f.id().equals("decision")).findFirst()
                .orElseThrow(() -> new IllegalStateException("award form decision"));
        DocumentWriter writer = new DocumentWriter();
        for (Decision decision : rendered) {
            String number = decision.decision().number();
            Path file = writer.write(form.build().apply(decision.id()), DocumentFormat.PDF, work,
                    form.fileName(new FormSource.Choice(decision.id(), number, number)));
            contents.doc(file.getFileName().toString(), file);
        }
        return contents;
    }

    /**
     * The person or unit a ballot line names, when it belongs to the subordinate's units: by the UUID the
     * ballot keeps. A collective from a package of the older format names no unit, only what the council
     * wrote; it is matched to the unit so named, alone or followed by its parent ("Đại đội 1, Tiểu đoàn 1"),
     * and a name that fits more than one unit is refused rather than guessed.
     */
    private Optional<AwardeeJson> awardee(Vote vote, String decisionNumber, Set<String> subtree, Map<String, Unit> byId) {
        if (!vote.collective()) {
            return Optional.ofNullable(vote.personId()).flatMap(personTable::byId).filter(p -> subtree.contains(p.unitId()))
                    .map(p -> new AwardeeJson(vote.id(), SubjectKind.PERSON.code(), p.id(), vote.name(), vote.award()));
        }
        if (vote.unitId() != null) {
            return Optional.of(vote.unitId()).filter(subtree::contains)
                    .map(id -> new AwardeeJson(vote.id(), SubjectKind.UNIT.code(), id, vote.name(), vote.award()));
        }
        String name = VietnameseText.fold(vote.name());
        List<Unit> named = subtree.stream().map(byId::get).filter(u -> VietnameseText.fold(u.name()).equals(name)
                || (u.parentId() != null && VietnameseText.fold(u.name() + ", " + byId.get(u.parentId()).name()).equals(name))).toList();
        if (named.size() > 1) {
            throw new AppException("exchange.error.awardeeAmbiguous", vote.name(), decisionNumber,
                    named.stream().map(u -> u.name() + " (" + u.code() + ")").sorted().collect(Collectors.joining(", ")));
        }
        return named.stream().findFirst().map(u -> new AwardeeJson(vote.id(), SubjectKind.UNIT.code(), u.id(), vote.name(), vote.award()));
    }

    @Override
    public void apply(OpenedPackage opened, ImportScope scope) {
        DecisionJson[] decisions = Optional.ofNullable(opened.data("decisions", Decisions.class).decisions()).orElse(new DecisionJson[0]);
        String code = opened.manifest().subject();
        Set<String> importedUnits = scope.imported(SnapshotKind.UNIT);
        Set<String> importedPeople = scope.imported(SnapshotKind.PERSON);
        Unit ours = units.byCode(code).filter(u -> !importedUnits.contains(u.id()))
                .orElseThrow(() -> new AppException("exchange.error.decisionsNotOurs", code));
        Set<String> subtree = units.subtreeIds(ours.id());
        List<TitleRule> titles = ruleSets.inUse().titles();
        List<PastAward> lines = new ArrayList<>();
        for (DecisionJson raw : decisions) {
            if (raw == null) {
                throw new AppException("exchange.error.badRecords", "decisions");
            }
            DecisionJson decision = raw.checked();
            for (AwardeeJson awardee : decision.awardees()) {
                SubjectKind kind = SubjectKind.ofCode(awardee.subjectKind());
                boolean known = kind == SubjectKind.PERSON
                        ? personTable.byId(awardee.subjectId()).map(Person::unitId).filter(subtree::contains).isPresent()
                                && !importedPeople.contains(awardee.subjectId())
                        : subtree.contains(awardee.subjectId());
                if (!known) {
                    throw new AppException("exchange.error.awardeeUnknown", VietnameseText.cleanOrNull(awardee.name()), decision.number(), ours.name());
                }
                String title = VietnameseText.cleanOrNull(awardee.title());
                String titleCode = titles.stream().filter(t -> VietnameseText.fold(t.name()).equals(VietnameseText.fold(title)))
                        .map(TitleRule::code).findFirst().orElse(null);
                // A council's Quyết định is the yearly công trạng award; other kinds are entered by hand in the history.
                lines.add(new PastAward(lineId(decision.id(), awardee.voteId()), kind, awardee.subjectId(), decision.date().getYear(), titleCode,
                        title, AwardKind.MERIT, VietnameseText.cleanOrNull(decision.number()), decision.date(), opened.manifest().unit().name()));
            }
        }
        Set<String> ids = lines.stream().map(PastAward::id).collect(Collectors.toSet());
        if (ids.size() != lines.size()) {
            throw new AppException("exchange.error.badRecords", "decisions");
        }
        Map<String, String> owners = scope.owners(HISTORY, ids);
        for (PastAward line : lines) {
            if (!scope.owner().equals(owners.get(line.id())) && table.historyExists(line.id())) {
                throw new AppException("exchange.error.recordTaken", line.titleName());
            }
        }
        Set<String> gone = new HashSet<>(scope.previouslyOwned(HISTORY));
        gone.addAll(owners.keySet());
        table.deleteHistory(gone);
        lines.forEach(history::insert);
        gone.removeAll(ids);
        scope.forget(HISTORY, gone);
        scope.own(HISTORY, ids);
    }

    /** The same decision and ballot line give the same history line at every import, so a replay changes nothing. */
    private static String lineId(String decisionId, String voteId) {
        return UUID.nameUUIDFromBytes(("decision/" + decisionId + "/" + voteId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
