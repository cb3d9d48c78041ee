package vn.tdkt.exchange;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.exchange.ScoreRecords.PeriodJson;
import vn.tdkt.exchange.ScoreRecords.Scores;
import vn.tdkt.exchange.ScoreRecords.TotalJson;
import vn.tdkt.exchange.SnapshotRecords.People;
import vn.tdkt.exchange.SnapshotRecords.PersonJson;
import vn.tdkt.exchange.SnapshotRecords.UnitJson;
import vn.tdkt.exchange.SnapshotRecords.Units;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonRepository;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterExporter;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.org.UnitRepository;
import vn.tdkt.org.UnitService;
import vn.tdkt.org.RosterService;
import vn.tdkt.scoring.ScoreSheet;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.scoring.ScoringService;

/**
 * A unit's full snapshot: its subtree of units and their roster (people who left included), and the totals
 * of the scoring periods that rank its units, with the roster as an .xlsx under {@code docs/}. Records this installation imported from others are left
 * out: they are their owners' to send. At the receiver the snapshot's top unit goes under the
 * receiver's own top unit, and a newer snapshot replaces the records of the older one.
 */
final class SnapshotKind implements PackageKind {
    static final String NAME = "snapshot";
    static final String UNIT = "unit";
    static final String PERSON = "person";
    static final String SCORE_PERIOD = "score_period";

    private final UnitService units;
    private final RosterService roster;
    private final UnitRepository unitTable;
    private final PersonRepository personTable;
    private final ExchangeRepository exchange;
    private final ScoringService scoring;
    private final ScoreExchangeRepository scores;

    SnapshotKind(UnitService units, RosterService roster, UnitRepository unitTable, PersonRepository personTable,
                 ExchangeRepository exchange, ScoringService scoring, ScoreExchangeRepository scores) {
        this.units = units;
        this.roster = roster;
        this.unitTable = unitTable;
        this.personTable = personTable;
        this.exchange = exchange;
        this.scoring = scoring;
        this.scores = scores;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Subject> subjects() {
        Set<String> imported = exchange.importedIds(UNIT);
        return units.tree().stream().map(UnitNode::unit).filter(u -> !imported.contains(u.id()) && !u.dissolved())
                .map(u -> new Subject(u.code(), u.name())).toList();
    }

    @Override
    public PackageContents contents(String subject, Path work, Messages messages) {
        Unit top = units.byCode(subject).orElseThrow(() -> new AppException("exchange.error.unknownUnit", subject));
        Set<String> importedUnits = exchange.importedIds(UNIT);
        if (importedUnits.contains(top.id())) {
            throw new AppException("exchange.error.notOurs", top.name());
        }
        Set<String> subtree = units.subtreeIds(top.id());
        subtree.removeAll(importedUnits);
        List<UnitJson> unitRecords = new ArrayList<>();
        for (UnitNode node : units.tree()) {
            if (subtree.contains(node.unit().id())) {
                unitRecords.add(UnitJson.of(node.unit(), node.unit().id().equals(top.id())));
            }
        }
        Set<String> importedPeople = exchange.importedIds(PERSON);
        List<RosterEntry> entries = roster.search(new RosterQuery("", top.id(), null, null, true)).stream()
                .filter(e -> subtree.contains(e.person().unitId()) && !importedPeople.contains(e.person().id())).toList();
        Path sheet = work.resolve("quan-so-" + top.code() + ".xlsx");
        new RosterExporter(messages).write(sheet, entries, Progress.NONE);
        PeriodJson[] periods = scorePeriods(subtree);
        return new PackageContents(new Manifest.SourceUnit(top.id(), top.code(), top.name()), true)
                .count(UNIT, unitRecords.size())
                .count(PERSON, entries.size())
                .count(SCORE_PERIOD, periods.length)
                .data("scores", new Scores(periods))
                .data("units", new Units(unitRecords.toArray(UnitJson[]::new)))
                .data("people", new People(entries.stream().map(e -> PersonJson.of(e.person())).toArray(PersonJson[]::new)))
                .doc(sheet.getFileName().toString(), sheet);
    }

    /**
     * The periods that rank units of the snapshot and no unit outside it (a block of the regiment's battalions,
     * not a division's block the regiment took part in), each member's totals as the regiment's ranking has them.
     */
    private PeriodJson[] scorePeriods(Set<String> subtree) {
        List<PeriodJson> periods = new ArrayList<>();
        for (ScoringPeriod period : scoring.periods()) {
            if (period.people()) {
                continue;
            }
            ScoreSheet sheet = scoring.sheet(period.id());
            if (sheet.members().isEmpty() || !sheet.members().stream().allMatch(m -> subtree.contains(m.id()))) {
                continue;
            }
            periods.add(PeriodJson.of(period, sheet, scoring.ranking(period.id())));
        }
        return periods.toArray(PeriodJson[]::new);
    }

    @Override
    public void apply(OpenedPackage opened, ImportScope scope) {
        UnitJson[] unitRecords = opened.data("units", Units.class).units();
        PersonJson[] personRecords = opened.data("people", People.class).people();
        String rootId = opened.manifest().unit().id();
        Map<String, UnitJson> byId = checkedUnits(unitRecords, rootId);
        List<Person> people = new ArrayList<>();
        for (PersonJson record : personRecords == null ? new PersonJson[0] : personRecords) {
            Person person = record.toPerson();
            if (person.id() == null || !byId.containsKey(person.unitId())) {
                throw new AppException("exchange.error.badRecords", "person " + person.fullName());
            }
            people.add(person);
        }
        checkNotLocal(scope, UNIT, byId.keySet(), id -> unitTable.byId(id).map(Unit::name));
        checkNotLocal(scope, PERSON, people.stream().map(Person::id).toList(), id -> personTable.byId(id).map(Person::fullName));
        for (UnitJson record : byId.values()) {
            unitTable.byCode(record.code()).filter(u -> !u.id().equals(record.id())).ifPresent(u -> {
                throw new AppException("exchange.error.codeTaken", record.code(), u.name());
            });
        }

        for (UnitJson record : byId.values()) {
            Optional<Unit> existing = unitTable.byId(record.id());
            if (record.id().equals(rootId)) {
                // Where the officer's tree holds the subordinate stays the receiver's choice.
                String parent = existing.map(Unit::parentId).orElseGet(this::receiverTop);
                int order = existing.map(Unit::sortOrder).orElseGet(() -> unitTable.nextSortOrder(parent));
                upsert(existing, record.toUnit(parent, order));
            } else {
                upsert(existing, record.toUnit(record.parentId(), record.sortOrder()));
            }
        }
        List<Person> added = new ArrayList<>();
        for (Person person : people) {
            if (personTable.byId(person.id()).isPresent()) {
                personTable.update(person);
            } else {
                added.add(person);
            }
        }
        personTable.insertAll(added);

        Set<String> goneUnits = new HashSet<>(scope.previouslyOwned(UNIT));
        goneUnits.removeAll(byId.keySet());
        Set<String> gonePeople = new HashSet<>(scope.previouslyOwned(PERSON));
        people.forEach(p -> gonePeople.remove(p.id()));
        scope.deletePeople(gonePeople);
        deleteLeavesFirst(scope, goneUnits);
        scope.forget(PERSON, gonePeople);
        scope.forget(UNIT, goneUnits);
        scope.own(UNIT, byId.keySet());
        scope.own(PERSON, people.stream().map(Person::id).toList());
        applyScores(opened, scope, byId.keySet());
    }

    /**
     * The scores replace those of the older snapshot. A snapshot of the older format has none: the ranking
     * then has nothing from this unit, which is what it had before.
     */
    private void applyScores(OpenedPackage opened, ImportScope scope, Set<String> unitIds) {
        PeriodJson[] raw = opened.optionalData("scores", Scores.class).map(Scores::periods).orElse(new PeriodJson[0]);
        List<PeriodJson> periods = new ArrayList<>();
        for (PeriodJson record : raw == null ? new PeriodJson[0] : raw) {
            if (record == null) {
                throw new AppException("exchange.error.badRecords", "scores");
            }
            PeriodJson period = record.checked();
            for (TotalJson total : period.totals()) {
                if (!unitIds.contains(total.unitId())) {
                    throw new AppException("exchange.error.badRecords", "score period " + period.title() + " — " + total.unitName());
                }
            }
            periods.add(period);
        }
        Set<String> ids = new HashSet<>();
        periods.forEach(p -> ids.add(p.id()));
        if (ids.size() != periods.size()) {
            throw new AppException("exchange.error.badRecords", "scores");
        }
        Map<String, String> owners = scope.owners(SCORE_PERIOD, ids);
        for (PeriodJson period : periods) {
            if (!scope.owner().equals(owners.get(period.id())) && scores.exists(period.id())) {
                throw new AppException("exchange.error.recordTaken", period.title());
            }
        }
        Set<String> gone = new HashSet<>(scope.previouslyOwned(SCORE_PERIOD));
        gone.addAll(owners.keySet());
        if (!gone.isEmpty()) {
            scores.delete(gone);
        }
        Manifest.SourceUnit unit = opened.manifest().unit();
        periods.forEach(p -> scores.insert(p, unit.id(), unit.name()));
        gone.removeAll(ids);
        scope.forget(SCORE_PERIOD, gone);
        scope.own(SCORE_PERIOD, ids);
    }

    /** The units in parent-first order, each parent inside the package, one top unit: the manifest's. */
    private static Map<String, UnitJson> checkedUnits(UnitJson[] records, String rootId) {
        Map<String, UnitJson> byId = new LinkedHashMap<>();
        for (UnitJson record : records == null ? new UnitJson[0] : records) {
            if (record.id() == null || record.code() == null || record.name() == null || byId.containsKey(record.id())) {
                throw new AppException("exchange.error.badRecords", "unit " + record.code());
            }
            boolean root = record.parentId() == null;
            if (root != record.id().equals(rootId) || (!root && !byId.containsKey(record.parentId()))) {
                throw new AppException("exchange.error.badRecords", "unit " + record.code());
            }
            byId.put(record.id(), record);
        }
        if (!byId.containsKey(rootId)) {
            throw new AppException("exchange.error.badRecords", "unit " + rootId);
        }
        return byId;
    }

    /** A record id that exists here must be one this sender owns: an import never overwrites local data. */
    private static void checkNotLocal(ImportScope scope, String entity, java.util.Collection<String> ids,
                                      java.util.function.Function<String, Optional<String>> existingName) {
        Map<String, String> owners = scope.owners(entity, ids);
        for (String id : ids) {
            String owner = owners.get(id);
            if (owner == null ? existingName.apply(id).isPresent() : !owner.equals(scope.owner())) {
                throw new AppException("exchange.error.recordTaken", existingName.apply(id).orElse(id));
            }
        }
    }

    /** The receiver's own top unit, when its tree has exactly one; otherwise the snapshot stands at the top. */
    private String receiverTop() {
        Set<String> imported = exchange.importedIds(UNIT);
        List<Unit> tops = unitTable.all().stream().filter(u -> u.parentId() == null && !imported.contains(u.id())).toList();
        return tops.size() == 1 ? tops.get(0).id() : null;
    }

    private void upsert(Optional<Unit> existing, Unit unit) {
        if (existing.isPresent()) {
            unitTable.update(unit);
        } else {
            unitTable.insert(unit);
        }
    }

    private void deleteLeavesFirst(ImportScope scope, Set<String> gone) {
        Map<String, String> parents = new HashMap<>();
        gone.forEach(id -> unitTable.byId(id).ifPresent(u -> parents.put(id, u.parentId())));
        Set<String> left = new LinkedHashSet<>(parents.keySet());
        while (!left.isEmpty()) {
            Set<String> withChildren = new HashSet<>();
            left.forEach(id -> withChildren.add(parents.get(id)));
            List<String> leaves = left.stream().filter(id -> !withChildren.contains(id)).toList();
            leaves.forEach(scope::deleteUnit);
            leaves.forEach(left::remove);
        }
    }
}
