package vn.tdkt.plan;

import static vn.tdkt.db.jooq.Tables.EMULATION_TITLE;
import static vn.tdkt.db.jooq.Tables.PERSON;
import static vn.tdkt.db.jooq.Tables.REGISTRATION;
import static vn.tdkt.db.jooq.Tables.UNIT;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.RegistrationRecord;

/** Registrations and the titles one registers for. */
public final class RegistrationRepository {
    private final Database database;

    public RegistrationRepository(Database database) {
        this.database = database;
    }

    public List<EmulationTitle> titles() {
        return database.dsl().selectFrom(EMULATION_TITLE).orderBy(EMULATION_TITLE.SORT_ORDER)
                .fetch(r -> new EmulationTitle(r.getName(), TitleFamily.ofCode(r.getFamily()), Boolean.TRUE.equals(r.getForUnit())));
    }

    public Optional<Registration> byId(String id) {
        return database.dsl().selectFrom(REGISTRATION).where(REGISTRATION.ID.eq(id)).fetchOptional(RegistrationRepository::toRegistration);
    }

    public Optional<Registration> ofPerson(int year, String personId, TitleFamily family) {
        return database.dsl().selectFrom(REGISTRATION)
                .where(REGISTRATION.YEAR.eq(year).and(REGISTRATION.PERSON_ID.eq(personId)).and(REGISTRATION.FAMILY.eq(family.code())))
                .fetchOptional(RegistrationRepository::toRegistration);
    }

    public Optional<Registration> ofUnit(int year, String unitId, TitleFamily family) {
        return database.dsl().selectFrom(REGISTRATION)
                .where(REGISTRATION.YEAR.eq(year).and(REGISTRATION.UNIT_ID.eq(unitId)).and(REGISTRATION.FAMILY.eq(family.code())))
                .fetchOptional(RegistrationRepository::toRegistration);
    }

    /** One prepared statement bound row by row: a division's registrations in one pass, as the roster does it. */
    public void insertAll(List<Registration> registrations) {
        if (registrations.isEmpty()) {
            return;
        }
        org.jooq.Field<?>[] fields = REGISTRATION.fields();
        org.jooq.BatchBindStep batch = database.dsl().batch(database.dsl().insertInto(REGISTRATION, fields).values(new Object[fields.length]));
        for (Registration registration : registrations) {
            RegistrationRecord record = toRecord(registration);
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = record.get(i);
            }
            batch.bind(values);
        }
        batch.execute();
    }

    public void update(Registration r) {
        database.dsl().update(REGISTRATION)
                .set(REGISTRATION.TITLE, r.title())
                .set(REGISTRATION.INITIATIVES, r.initiatives())
                .where(REGISTRATION.ID.eq(r.id())).execute();
    }

    public void delete(String id) {
        database.dsl().deleteFrom(REGISTRATION).where(REGISTRATION.ID.eq(id)).execute();
    }

    /** People's registrations of the year in the given units (all when null), people in Vietnamese name order. */
    public List<RegistrationLine> personLines(int year, Collection<String> unitIds) {
        Condition where = REGISTRATION.YEAR.eq(year);
        if (unitIds != null) {
            where = where.and(PERSON.UNIT_ID.in(unitIds));
        }
        return database.dsl().select(REGISTRATION.fields()).select(PERSON.FULL_NAME, PERSON.RANK, PERSON.POSITION, UNIT.CODE, UNIT.NAME)
                .from(REGISTRATION).join(PERSON).on(PERSON.ID.eq(REGISTRATION.PERSON_ID)).join(UNIT).on(UNIT.ID.eq(PERSON.UNIT_ID))
                .where(where)
                .orderBy(PERSON.SORT_KEY, REGISTRATION.FAMILY.desc())
                .fetch(r -> new RegistrationLine(toRegistration(r.into(REGISTRATION)), r.get(PERSON.FULL_NAME), r.get(PERSON.RANK),
                        r.get(PERSON.POSITION), r.get(UNIT.CODE), r.get(UNIT.NAME)));
    }

    /** Units' own registrations of the year in the given units (all when null). */
    public List<RegistrationLine> unitLines(int year, Collection<String> unitIds) {
        Condition where = REGISTRATION.YEAR.eq(year);
        if (unitIds != null) {
            where = where.and(REGISTRATION.UNIT_ID.in(unitIds));
        }
        return database.dsl().select(REGISTRATION.fields()).select(UNIT.CODE, UNIT.NAME)
                .from(REGISTRATION).join(UNIT).on(UNIT.ID.eq(REGISTRATION.UNIT_ID))
                .where(where)
                .orderBy(UNIT.SORT_ORDER, UNIT.NAME, REGISTRATION.FAMILY.desc())
                .fetch(r -> new RegistrationLine(toRegistration(r.into(REGISTRATION)), r.get(UNIT.NAME), null, null,
                        r.get(UNIT.CODE), r.get(UNIT.NAME)));
    }

    /** Per unit: people still serving, and how many of them registered a title this year. */
    public Map<String, int[]> countsByUnit(int year) {
        Map<String, int[]> counts = new HashMap<>();
        var registered = DSL.count(REGISTRATION.ID);
        database.dsl().select(PERSON.UNIT_ID, DSL.count(), registered).from(PERSON)
                .leftJoin(REGISTRATION).on(REGISTRATION.PERSON_ID.eq(PERSON.ID)
                        .and(REGISTRATION.YEAR.eq(year)).and(REGISTRATION.FAMILY.eq(TitleFamily.TITLE.code())))
                .where(PERSON.LEFT_ON.isNull())
                .groupBy(PERSON.UNIT_ID)
                .forEach(r -> counts.put(r.value1(), new int[] {r.value2(), r.value3()}));
        return counts;
    }

    /** Ids of people who registered a title this year, among {@code personIds} (everyone when null). */
    public java.util.Set<String> registeredPeople(int year, Collection<String> personIds) {
        Condition where = REGISTRATION.YEAR.eq(year).and(REGISTRATION.PERSON_ID.isNotNull()).and(REGISTRATION.FAMILY.eq(TitleFamily.TITLE.code()));
        if (personIds != null) {
            where = where.and(REGISTRATION.PERSON_ID.in(personIds));
        }
        return new java.util.HashSet<>(database.dsl().select(REGISTRATION.PERSON_ID).from(REGISTRATION).where(where).fetch(REGISTRATION.PERSON_ID));
    }

    private static RegistrationRecord toRecord(Registration r) {
        return new RegistrationRecord(r.id(), r.year(), r.personId(), r.unitId(), r.title(), r.family().code(), r.initiatives(), r.registeredOn());
    }

    private static Registration toRegistration(RegistrationRecord r) {
        return new Registration(r.getId(), r.getYear(), r.getPersonId(), r.getUnitId(), r.getTitle(), TitleFamily.ofCode(r.getFamily()),
                r.getInitiatives(), r.getRegisteredOn());
    }
}
