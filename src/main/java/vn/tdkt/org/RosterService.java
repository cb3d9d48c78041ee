package vn.tdkt.org;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.core.VietnameseTones;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;

/** The roster: find, add, edit, transfer between units, mark as left; and the choice lists. */
public final class RosterService {
    private static final String ENTITY = "person";
    /** What a roster table reads first: a screenful at 1366×768 and some to scroll; the rest follows in the background. */
    public static final int FIRST_PAGE = 100;

    private final Database database;
    private final PersonRepository people;
    private final ChoiceRepository choices;
    private final UnitService units;
    private final AuditTrail audit;
    private final Clock clock;

    public RosterService(Database database, PersonRepository people, ChoiceRepository choices, UnitService units,
                         AuditTrail audit, Clock clock) {
        this.database = database;
        this.people = people;
        this.choices = choices;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every person matching the query, in Vietnamese name order (exports, commands). */
    public List<RosterEntry> search(RosterQuery query) {
        return page(query, 0, Integer.MAX_VALUE);
    }

    /**
     * One window of the people matching the query, in Vietnamese name order: what a table shows first.
     * The few queries of one search (units, word counts, the page) share one connection: opening a
     * connection cost more than the search itself.
     */
    public List<RosterEntry> page(RosterQuery query, int offset, int limit) {
        return database.transactionResult(() -> people.search(filter(query), offset, limit));
    }

    /** How many people the query finds. */
    public int count(RosterQuery query) {
        return database.transactionResult(() -> people.count(filter(query)));
    }

    private PersonRepository.RosterFilter filter(RosterQuery query) {
        Collection<String> unitIds = query.unitId() == null ? null : units.subtreeIds(query.unitId());
        return new PersonRepository.RosterFilter(query.text(), unitIds, choiceName(query.rank()), choiceName(query.category()),
                query.includeLeft());
    }

    /** A rank, position or category as stored: cleaned, tones placed canonically ("Thiếu uý" → "Thiếu úy"). */
    static String choiceName(String name) {
        return VietnameseTones.canonical(VietnameseText.cleanOrNull(name));
    }

    public Person get(String id) {
        return people.byId(id).orElseThrow(() -> new AppException("roster.error.notFound", id));
    }

    public Person add(String unitId, PersonDetails details) {
        return database.transactionResult(() -> {
            Unit unit = openUnit(unitId);
            Person person = new Person(Ids.newId(), unit.id(), valid(details), null, null);
            people.insert(person);
            rememberChoices(List.of(person.details()));
            audit.created(ENTITY, person.id(), person.fullName() + " @ " + unit.code());
            return person;
        });
    }

    public Person update(String personId, PersonDetails details) {
        return database.transactionResult(() -> {
            Person before = get(personId);
            Person after = new Person(before.id(), before.unitId(), valid(details), before.leftOn(), before.leftReason());
            people.update(after);
            rememberChoices(List.of(after.details()));
            audit.changed(ENTITY, personId, "details", before.details(), after.details());
            return after;
        });
    }

    /** Moves a person to another unit on a date; the move is kept in their history. */
    public void transfer(String personId, String toUnitId, LocalDate on, String note) {
        database.transaction(() -> {
            Person person = get(personId);
            if (person.left()) {
                throw new AppException("roster.error.transferLeft", person.fullName());
            }
            Unit to = openUnit(toUnitId);
            if (to.id().equals(person.unitId())) {
                throw new AppException("roster.error.sameUnit", person.fullName(), to.name());
            }
            LocalDate date = Objects.requireNonNullElseGet(on, () -> LocalDate.now(clock));
            people.update(new Person(person.id(), to.id(), person.details(), null, null));
            people.insertTransfers(List.of(new Transfer(Ids.newId(), person.id(), person.unitId(), to.id(), date,
                    VietnameseText.cleanOrNull(note))));
            audit.changed(ENTITY, personId, "unit", units.get(person.unitId()).code(), to.code());
        });
    }

    /** Marks a person as left (discharged, retired, moved away); the record and its awards stay. */
    public void markLeft(String personId, LocalDate on, String reason) {
        database.transaction(() -> {
            Person person = get(personId);
            LocalDate date = Objects.requireNonNullElseGet(on, () -> LocalDate.now(clock));
            people.update(new Person(person.id(), person.unitId(), person.details(), date, VietnameseText.cleanOrNull(reason)));
            audit.changed(ENTITY, personId, "leftOn", person.leftOn(), date);
        });
    }

    public List<Transfer> transfers(String personId) {
        return people.transfers(personId);
    }

    public List<String> choices(ChoiceList list) {
        return choices.names(list);
    }

    /**
     * Adds a name at the end of the list; returns false when it is blank or already there in another
     * spelling (case, spaces or tone placement: "thiếu uý" is "Thiếu úy").
     */
    public boolean addChoice(ChoiceList list, String name) {
        String clean = choiceName(name);
        if (clean == null) {
            return false;
        }
        return database.transactionResult(() -> {
            if (choices.names(list).stream().anyMatch(existing -> sameChoice(existing, clean))) {
                return false;
            }
            choices.add(list, clean);
            return true;
        });
    }

    /** The one notion of "the same" for ranks, positions and categories. */
    public static boolean sameChoice(String a, String b) {
        return VietnameseTones.key(a).equals(VietnameseTones.key(b));
    }

    /** Removes a name from the list offered; people who already have it keep it. */
    public void removeChoice(ChoiceList list, String name) {
        database.transaction(() -> choices.remove(list, name));
    }

    /** Puts the list in the officer's order (e.g. ranks lowest first), in one transaction. */
    public void reorderChoices(ChoiceList list, List<String> names) {
        database.transaction(() -> choices.reorder(list, names));
    }

    /**
     * Adds many people in one batch (imports, sample data) with one audit line for the batch; the
     * caller's transaction makes it all or nothing.
     */
    void addAll(List<Person> batch) {
        database.transaction(() -> {
            people.insertAll(batch);
            rememberChoices(batch.stream().map(Person::details).toList());
        });
    }

    /** Writes an edited person as it is (imports merge the details beforehand). */
    void replace(Person person) {
        people.update(person);
    }

    void recordTransfers(List<Transfer> transfers) {
        people.insertTransfers(transfers);
    }

    /** A rank, position or category typed in is added to its list so it can be picked next time. */
    private void rememberChoices(List<PersonDetails> details) {
        Set<String> known = new HashSet<>();
        for (ChoiceList list : ChoiceList.values()) {
            choices.names(list).forEach(name -> known.add(list.key() + "|" + VietnameseTones.key(name)));
        }
        // An import repeats a few spellings thousands of times: each is compared once.
        Set<String> seen = new HashSet<>();
        for (PersonDetails d : details) {
            addIfNew(known, seen, ChoiceList.RANK, d.rank());
            addIfNew(known, seen, ChoiceList.POSITION, d.position());
            addIfNew(known, seen, ChoiceList.CATEGORY, d.category());
        }
    }

    private void addIfNew(Set<String> known, Set<String> seen, ChoiceList list, String name) {
        if (name != null && seen.add(list.key() + "|" + name) && known.add(list.key() + "|" + VietnameseTones.key(name))) {
            choices.add(list, name);
        }
    }

    private Unit openUnit(String unitId) {
        if (unitId == null) {
            throw new AppException("roster.error.unitRequired");
        }
        Unit unit = units.get(unitId);
        if (unit.dissolved()) {
            throw new AppException("roster.error.unitDissolved", unit.name());
        }
        return unit;
    }

    private static PersonDetails valid(PersonDetails details) {
        PersonDetails clean = details.cleaned();
        if (clean.fullName() == null) {
            throw new AppException("roster.error.nameRequired");
        }
        if (!VietnameseNames.isName(clean.fullName())) {
            throw new AppException("roster.error.notAName", clean.fullName());
        }
        return clean;
    }

    /** The date the app considers today. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
