package vn.tdkt.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import vn.tdkt.org.Person;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.org.UnitService;

/**
 * Đăng ký thi đua: people and units register the title (and award form) they aim for in a year, once
 * per family; a person who has left or a dissolved unit cannot be newly registered.
 */
public final class RegistrationService {
    private static final String ENTITY = "registration";

    private final Database database;
    private final RegistrationRepository registrations;
    private final UnitService units;
    private final RosterService roster;
    private final AuditTrail audit;
    private final Clock clock;

    public RegistrationService(Database database, RegistrationRepository registrations, UnitService units, RosterService roster,
                               AuditTrail audit, Clock clock) {
        this.database = database;
        this.registrations = registrations;
        this.units = units;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every title and award form, lowest first; people's or units' ones. */
    public List<EmulationTitle> titles(boolean forUnit) {
        return registrations.titles().stream().filter(t -> t.forUnit() == forUnit).toList();
    }

    public EmulationTitle title(String name, boolean forUnit) {
        String clean = VietnameseText.cleanOrNull(name);
        return registrations.titles().stream()
                .filter(t -> t.forUnit() == forUnit && VietnameseText.fold(t.name()).equals(VietnameseText.fold(clean)))
                .findFirst().orElseThrow(() -> new AppException(forUnit ? "plan.error.unitTitle" : "plan.error.personTitle", clean));
    }

    /** Registers a person for a title or award form of the year. */
    public Registration registerPerson(int year, String personId, String title, String initiatives) {
        return database.transactionResult(() -> {
            Registration added = newPersonRegistration(year, roster.get(personId), title(title, false), initiatives);
            registrations.insertAll(List.of(added));
            audit.created(ENTITY, added.id(), year + " " + personId + " " + added.title());
            return added;
        });
    }

    /** Registers a unit itself (Đơn vị quyết thắng…). */
    public Registration registerUnit(int year, String unitId, String title, String initiatives) {
        return database.transactionResult(() -> {
            Unit unit = units.get(unitId);
            if (unit.dissolved()) {
                throw new AppException("plan.error.unitDissolved", unit.name());
            }
            EmulationTitle chosen = title(title, true);
            registrations.ofUnit(year, unitId, chosen.family()).ifPresent(existing -> {
                throw new AppException("plan.error.unitRegistered", unit.name(), existing.title(), year);
            });
            Registration added = new Registration(Ids.newId(), year, null, unitId, chosen.name(), chosen.family(),
                    PlanText.block(initiatives), LocalDate.now(clock));
            registrations.insertAll(List.of(added));
            audit.created(ENTITY, added.id(), year + " " + unit.code() + " " + added.title());
            return added;
        });
    }

    /** What registering a whole unit did. */
    public record BulkResult(int registered, int alreadyRegistered) {
    }

    /**
     * Registers everyone serving in the unit (and below it) who has not registered a title this year in
     * one transaction: {@code chosen} people for {@code chosenTitle}, everyone else for {@code baseTitle}.
     */
    public BulkResult registerWholeUnit(int year, String unitId, String baseTitle, Set<String> chosen, String chosenTitle) {
        return database.transactionResult(() -> {
            Unit unit = units.get(unitId);
            if (unit.dissolved()) {
                throw new AppException("plan.error.unitDissolved", unit.name());
            }
            EmulationTitle base = title(baseTitle, false);
            EmulationTitle higher = chosen.isEmpty() ? base : title(chosenTitle, false);
            if (base.family() != TitleFamily.TITLE || higher.family() != TitleFamily.TITLE) {
                throw new AppException("plan.error.bulkTitle");
            }
            List<RosterEntry> people = roster.search(RosterQuery.ALL.inUnit(unitId));
            Set<String> done = registrations.registeredPeople(year, people.stream().map(e -> e.person().id()).toList());
            List<Registration> batch = new ArrayList<>();
            int already = 0;
            for (RosterEntry entry : people) {
                String personId = entry.person().id();
                if (done.contains(personId)) {
                    already++;
                } else {
                    EmulationTitle title = chosen.contains(personId) ? higher : base;
                    batch.add(new Registration(Ids.newId(), year, personId, null, title.name(), title.family(), null, LocalDate.now(clock)));
                }
            }
            registrations.insertAll(batch);
            audit.created(ENTITY, unitId, year + " " + unit.code() + ": " + batch.size() + " registered in one action");
            return new BulkResult(batch.size(), already);
        });
    }

    /** Changes the title or the initiatives of a registration (same family). */
    public Registration update(String registrationId, String title, String initiatives) {
        return database.transactionResult(() -> {
            Registration before = registrations.byId(registrationId).orElseThrow(() -> new AppException("plan.error.notFound", registrationId));
            EmulationTitle chosen = title(title, !before.forPerson());
            if (chosen.family() != before.family()) {
                throw new AppException("plan.error.familyChange");
            }
            Registration after = new Registration(before.id(), before.year(), before.personId(), before.unitId(), chosen.name(),
                    before.family(), PlanText.block(initiatives), before.registeredOn());
            registrations.update(after);
            audit.changed(ENTITY, after.id(), "title", before.title(), after.title());
            audit.changed(ENTITY, after.id(), "initiatives", before.initiatives(), after.initiatives());
            return after;
        });
    }

    public void delete(String registrationId) {
        database.transaction(() -> {
            Registration before = registrations.byId(registrationId).orElseThrow(() -> new AppException("plan.error.notFound", registrationId));
            registrations.delete(registrationId);
            audit.deleted(ENTITY, registrationId, before.year() + " " + before.title());
        });
    }

    /** People's registrations of the year in the unit and below it (everyone when null), in Vietnamese name order. */
    public List<RegistrationLine> personLines(int year, String unitId) {
        return registrations.personLines(year, scope(unitId));
    }

    /** Units' own registrations of the year in the unit and below it (all when null). */
    public List<RegistrationLine> unitLines(int year, String unitId) {
        return registrations.unitLines(year, scope(unitId));
    }

    /** People serving in the unit (and below it) who have not registered a title this year, in name order. */
    public List<RosterEntry> notRegistered(int year, String unitId) {
        Set<String> done = registrations.registeredPeople(year, null);
        RosterQuery query = unitId == null ? RosterQuery.ALL : RosterQuery.ALL.inUnit(unitId);
        return roster.search(query).stream().filter(e -> !done.contains(e.person().id())).toList();
    }

    /**
     * Coverage of each unit directly under {@code parentId} (under the top of the tree when null, or of the
     * top units themselves when there is only one): people serving in its subtree and how many registered.
     */
    public List<Coverage> coverage(int year, String parentId) {
        List<UnitNode> tree = units.tree();
        Map<String, int[]> counts = registrations.countsByUnit(year);
        String parent = parentId;
        if (parent == null) {
            List<UnitNode> roots = tree.stream().filter(n -> n.depth() == 0).toList();
            if (roots.size() != 1) {
                return roots.stream().map(n -> coverageOf(n.unit(), counts)).toList();
            }
            parent = roots.getFirst().unit().id();
        }
        String top = parent;
        return tree.stream().filter(n -> top.equals(n.unit().parentId()) && !n.unit().dissolved())
                .map(n -> coverageOf(n.unit(), counts)).toList();
    }

    /** People serving anywhere and how many of them registered a title this year. */
    public Coverage overall(int year) {
        int people = 0;
        int registered = 0;
        for (int[] c : registrations.countsByUnit(year).values()) {
            people += c[0];
            registered += c[1];
        }
        return new Coverage(null, null, people, registered);
    }

    private Coverage coverageOf(Unit unit, Map<String, int[]> counts) {
        int people = 0;
        int registered = 0;
        for (String id : units.subtreeIds(unit.id())) {
            int[] c = counts.get(id);
            if (c != null) {
                people += c[0];
                registered += c[1];
            }
        }
        return new Coverage(unit.id(), unit.name(), people, registered);
    }

    /** A new person's registration, checked: serving, in a unit not dissolved, not yet registered in the family. */
    Registration newPersonRegistration(int year, Person person, EmulationTitle title, String initiatives) {
        if (person.left()) {
            throw new AppException("plan.error.personLeft", person.fullName());
        }
        Unit unit = units.get(person.unitId());
        if (unit.dissolved()) {
            throw new AppException("plan.error.unitDissolved", unit.name());
        }
        registrations.ofPerson(year, person.id(), title.family()).ifPresent(existing -> {
            throw new AppException("plan.error.personRegistered", person.fullName(), existing.title(), year);
        });
        return new Registration(Ids.newId(), year, person.id(), null, title.name(), title.family(), PlanText.block(initiatives),
                LocalDate.now(clock));
    }

    Registration existing(int year, String personId, TitleFamily family) {
        return registrations.ofPerson(year, personId, family).orElse(null);
    }

    /** Applies an import in one transaction: new registrations inserted, changed ones updated. */
    void applyImport(List<Registration> additions, List<Registration> updates) {
        database.transaction(() -> {
            registrations.insertAll(additions);
            for (Registration r : updates) {
                Registration before = registrations.byId(r.id()).orElseThrow(() -> new AppException("plan.error.notFound", r.id()));
                registrations.update(r);
                audit.changed(ENTITY, r.id(), "title", before.title(), r.title());
                audit.changed(ENTITY, r.id(), "initiatives", before.initiatives(), r.initiatives());
            }
            for (Registration r : additions) {
                audit.created(ENTITY, r.id(), r.year() + " " + r.personId() + " " + r.title() + " (import)");
            }
        });
    }

    private Collection<String> scope(String unitId) {
        return unitId == null ? null : new HashSet<>(units.subtreeIds(unitId));
    }
}
