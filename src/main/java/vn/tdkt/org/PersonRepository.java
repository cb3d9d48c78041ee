package vn.tdkt.org;

import static vn.tdkt.db.jooq.Tables.EXCHANGE_RECORD;
import static vn.tdkt.db.jooq.Tables.PERSON;
import static vn.tdkt.db.jooq.Tables.PERSON_TRANSFER;
import static vn.tdkt.db.jooq.Tables.PERSON_WORD;
import static vn.tdkt.db.jooq.Tables.ROSTER_META;
import static vn.tdkt.db.jooq.Tables.UNIT;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.Field;
import org.jooq.impl.DSL;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.core.VietnameseTones;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.PersonRecord;
import vn.tdkt.db.jooq.tables.records.PersonTransferRecord;
import vn.tdkt.db.jooq.tables.records.PersonWordRecord;

/**
 * The roster tables. Search runs on the folded name words (an index range per word) and sorts on
 * the stored Vietnamese collation key, so neither filtering nor ordering happens in Java.
 */
public final class PersonRepository {
    /** Above every folded character: "hung" ≤ word &lt; "hung\uFFFF" selects the words starting with "hung". */
    private static final String PREFIX_END = "\uFFFF";

    /**
     * What a {@link Person} is made of, in the order {@link #person} reads it: a search leaves out the keys
     * it sorts and matches on (the sort key is the widest column).
     */
    private static final String PERSON_SHOWN = "p.id, p.unit_id, p.full_name, p.gender, p.birth_date, p.birth_precision, "
            + "p.home_town, p.rank, p.position, p.category, p.party_member, p.party_date, p.party_precision, p.start_date, "
            + "p.start_precision, p.education, p.notes, p.identifier, p.left_on, p.left_reason";

    private final Database database;
    private final NameSortKeys sortKeys = new NameSortKeys();

    /** What the roster is searched for: name words, units (null: all), rank, category, people who left or not. */
    public record RosterFilter(String text, java.util.Collection<String> unitIds, String rank, String category, boolean includeLeft) {
    }

    public PersonRepository(Database database) {
        this.database = database;
    }

    public Optional<Person> byId(String id) {
        return database.read("SELECT " + PERSON_SHOWN + " FROM person p WHERE p.id = ?", List.of(id), PersonRepository::person)
                .stream().findFirst();
    }

    /**
     * People matching every word of {@code text} (each a prefix of a word of the name), in the given
     * units when {@code unitIds} is not null, in Vietnamese name order, from {@code offset}, at most
     * {@code limit}. Two plans, chosen from how many name words each prefix starts: when matches are
     * dense (one common word), walking the name-order index and stopping at {@code limit} reads a few
     * hundred rows; when they are sparse ("nguyen van h"), the rarest word's index range gives the
     * candidates, each is checked against the other words on the word index by its integer key, and
     * only the few people found are read and sorted.
     * <p>
     * The roster's reads are SQL text run through {@link Database#read}: a search runs on every keystroke,
     * and building the statements with jOOQ cost a fifth of it at 30,000 people.
     */
    public List<RosterEntry> search(RosterFilter filter, int offset, int limit) {
        Where where = where(filter, offset + (long) limit);
        where.binds.add(limit);
        where.binds.add(offset);
        return database.read("SELECT " + PERSON_SHOWN + ", u.code, u.name FROM person p JOIN unit u ON u.id = p.unit_id WHERE "
                        + where.sql + " ORDER BY p.sort_key LIMIT ? OFFSET ?", where.binds,
                row -> new RosterEntry(person(row), row.getString(21), row.getString(22)));
    }

    /** How many people the filter finds. */
    public int count(RosterFilter filter) {
        Where where = where(filter, Long.MAX_VALUE);
        return database.read("SELECT count(*) FROM person p WHERE " + where.sql, where.binds, row -> row.getInt(1)).getFirst();
    }

    /** A condition on {@code person p} as SQL text and its bind values, in order. */
    private static final class Where {
        final StringBuilder sql = new StringBuilder("1 = 1");
        final List<Object> binds = new ArrayList<>();

        Where and(String condition, Object... values) {
            sql.append(" AND ").append(condition);
            binds.addAll(List.of(values));
            return this;
        }
    }

    private Where where(RosterFilter filter, long wanted) {
        Where where = new Where();
        List<String> words = new ArrayList<>(words(filter.text()));
        if (!words.isEmpty()) {
            Map<String, Integer> counts = new HashMap<>();
            int everyone = wordCounts(words, counts);
            words.sort(Comparator.comparing(counts::get));
            int rarest = counts.get(words.getFirst());
            double density = words.stream().mapToDouble(w -> counts.get(w) / (double) Math.max(1, Math.max(rarest, everyone)))
                    .reduce(1, (a, b) -> a * b);
            boolean sparse = wanted / Math.max(density, 1e-9) > rarest;
            if (sparse) {
                candidates(words, where);
            } else {
                everyWord(words, where);
            }
        }
        if (filter.unitIds() != null) {
            where.and(filter.unitIds().isEmpty() ? "1 = 0"
                    : "p.unit_id IN (" + String.join(", ", java.util.Collections.nCopies(filter.unitIds().size(), "?")) + ")",
                    filter.unitIds().toArray());
        }
        if (filter.rank() != null) {
            where.and("p.rank = ?", filter.rank());
        }
        if (filter.category() != null) {
            where.and("p.category = ?", filter.category());
        }
        if (!filter.includeLeft()) {
            where.and("p.left_on IS NULL");
        }
        return where;
    }

    /**
     * The people whose name has every word: the first (rarest) word's range, then one seek per other
     * word. Written as CROSS JOINs because SQLite keeps their order, and a join step costs less than
     * the correlated EXISTS per word the dense plan uses (about a third less at 30,000 people).
     */
    private static void candidates(List<String> words, Where where) {
        StringBuilder from = new StringBuilder("person_word w0");
        StringBuilder match = new StringBuilder(prefix("w0"));
        List<Object> binds = new ArrayList<>(prefixBounds(words.getFirst()));
        for (int i = 1; i < words.size(); i++) {
            from.append(" CROSS JOIN person_word w").append(i);
            match.append(" AND w").append(i).append(".person_key = w0.person_key AND ").append(prefix("w" + i));
            binds.addAll(prefixBounds(words.get(i)));
        }
        where.and("p.search_key IN (SELECT w0.person_key FROM " + from + " WHERE " + match + ")", binds.toArray());
    }

    /** For each person: a name word starting with each of {@code words}, each one seek on (person_key, word). */
    private static void everyWord(List<String> words, Where where) {
        for (int i = 0; i < words.size(); i++) {
            String w = "w" + (i + 1);
            where.and("EXISTS (SELECT 1 FROM person_word " + w + " WHERE " + w + ".person_key = p.search_key AND " + prefix(w) + ")",
                    prefixBounds(words.get(i)).toArray());
        }
    }

    /** "hung" ≤ word &lt; "hung\uFFFF": the words starting with "hung", one index range. */
    private static String prefix(String alias) {
        return alias + ".word >= ? AND " + alias + ".word < ?";
    }

    private static List<String> prefixBounds(String word) {
        return List.of(word, word + PREFIX_END);
    }

    /**
     * Puts into {@code counts} how many name words start with each of {@code words} and returns about how
     * many people there are (the largest key: keys are handed out in order), in one statement: SQLite
     * counts an index range of thousands in well under a millisecond, while each statement more costs
     * about as much again in preparing.
     */
    private int wordCounts(List<String> words, Map<String, Integer> counts) {
        StringBuilder sql = new StringBuilder("SELECT ");
        List<Object> binds = new ArrayList<>();
        for (String word : words) {
            sql.append("(SELECT count(*) FROM person_word w WHERE ").append(prefix("w")).append("), ");
            binds.addAll(prefixBounds(word));
        }
        sql.append("(SELECT max(search_key) FROM person)");
        int[] found = database.read(sql.toString(), binds, row -> {
            int[] values = new int[words.size() + 1];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getInt(i + 1);
            }
            return values;
        }).getFirst();
        for (int i = 0; i < words.size(); i++) {
            counts.put(words.get(i), found[i]);
        }
        return found[words.size()];
    }

    /** The largest search key given so far (0 for an empty roster): one step down the key index, not a count of everyone. */
    private int largestKey() {
        Integer top = database.dsl().select(DSL.max(PERSON.SEARCH_KEY)).from(PERSON).fetchOne(0, Integer.class);
        return top == null ? 0 : top;
    }

    /** What an import compares a row with: every person's identity fields, without the rest of the record. */
    public List<Identity> identities() {
        return database.dsl().select(PERSON.ID, PERSON.UNIT_ID, PERSON.FULL_NAME, PERSON.NAME_KEY, PERSON.NAME_FOLDED,
                        PERSON.BIRTH_DATE, PERSON.IDENTIFIER).from(PERSON).orderBy(PERSON.ID)
                .fetch(r -> new Identity(r.get(PERSON.ID), r.get(PERSON.UNIT_ID), r.get(PERSON.FULL_NAME), r.get(PERSON.NAME_KEY),
                        r.get(PERSON.NAME_FOLDED), r.get(PERSON.BIRTH_DATE), r.get(PERSON.IDENTIFIER)));
    }

    /** A person as an import recognises them. */
    public record Identity(String id, String unitId, String fullName, String nameKey, String nameFolded,
                           java.time.LocalDate birth, String identifier) {
    }

    /** Every person's id and name, for rebuilding the stored keys. */
    public List<Person> all() {
        return database.read("SELECT " + PERSON_SHOWN + " FROM person p ORDER BY p.id", List.of(), PersonRepository::person);
    }

    /** Writes every derived column again (keys, words, canonical tones) for people already stored. */
    public void rewrite(List<Person> everyone) {
        database.dsl().deleteFrom(PERSON_WORD).execute();
        BatchBindStep keys = database.dsl().batch(database.dsl().update(PERSON)
                .set(PERSON.NAME_FOLDED, (String) null).set(PERSON.NAME_KEY, (String) null).set(PERSON.SORT_KEY, (byte[]) null)
                .where(PERSON.ID.eq((String) null)));
        // The canonical spelling is written only over this installation's own people: a person received
        // from another keeps what the sender wrote (V21 lets the keys above change, not the text).
        BatchBindStep spelling = database.dsl().batch(database.dsl().update(PERSON)
                .set(PERSON.FULL_NAME, (String) null).set(PERSON.RANK, (String) null).set(PERSON.POSITION, (String) null)
                .set(PERSON.CATEGORY, (String) null).set(PERSON.HOME_TOWN, (String) null).set(PERSON.IDENTIFIER, (String) null)
                .where(PERSON.ID.eq((String) null)).andNotExists(DSL.selectOne().from(EXCHANGE_RECORD)
                        .where(EXCHANGE_RECORD.ENTITY.eq(DSL.inline("person")).and(EXCHANGE_RECORD.RECORD_ID.eq(PERSON.ID)))));
        BatchBindStep words = wordInserts();
        Map<String, Integer> searchKeys = database.dsl().select(PERSON.ID, PERSON.SEARCH_KEY).from(PERSON).fetchMap(PERSON.ID, PERSON.SEARCH_KEY);
        for (Person person : everyone) {
            PersonDetails d = person.details().cleaned();
            keys.bind(VietnameseText.fold(d.fullName()), nameKey(d.fullName()), sortKeys.of(d.fullName()), person.id());
            spelling.bind(d.fullName(), d.rank(), d.position(), d.category(), d.homeTown(), d.identifier(), person.id());
            for (String word : words(d.fullName())) {
                words.bind(word, searchKeys.get(person.id()));
            }
        }
        if (!everyone.isEmpty()) {
            keys.execute();
            spelling.execute();
            words.execute();
        }
    }

    /** The collation the stored sort keys were built with, or empty before the first build. */
    public Optional<String> meta(String key) {
        return database.dsl().select(ROSTER_META.VALUE).from(ROSTER_META).where(ROSTER_META.KEY.eq(key)).fetchOptional(ROSTER_META.VALUE);
    }

    public void putMeta(String key, String value) {
        database.dsl().insertInto(ROSTER_META).set(ROSTER_META.KEY, key).set(ROSTER_META.VALUE, value)
                .onConflict(ROSTER_META.KEY).doUpdate().set(ROSTER_META.VALUE, value).execute();
    }

    /** The canonical name compared for identity: marks kept, tone placement and case ignored. */
    static String nameKey(String fullName) {
        return VietnameseTones.key(fullName);
    }

    public void insert(Person person) {
        insertAll(List.of(person));
    }

    /** Inserts with one prepared statement per table, bound row by row: a division's roster in about a second. */
    public void insertAll(List<Person> people) {
        if (people.isEmpty()) {
            return;
        }
        Field<?>[] fields = PERSON.fields();
        BatchBindStep persons = database.dsl().batch(database.dsl().insertInto(PERSON, fields).values(new Object[fields.length]));
        BatchBindStep words = wordInserts();
        int key = largestKey();
        for (Person person : people) {
            PersonRecord record = toRecord(person);
            record.setSearchKey(++key);
            Object[] values = new Object[fields.length];
            for (int i = 0; i < fields.length; i++) {
                values[i] = record.get(i);
            }
            persons.bind(values);
            for (String word : words(person.fullName())) {
                words.bind(word, key);
            }
        }
        persons.execute();
        words.execute();
    }

    public void update(Person person) {
        PersonRecord record = toRecord(person);
        record.changed(PERSON.ID, false);
        record.changed(PERSON.SEARCH_KEY, false);
        database.dsl().update(PERSON).set(record).where(PERSON.ID.eq(person.id())).execute();
        Integer key = database.dsl().select(PERSON.SEARCH_KEY).from(PERSON).where(PERSON.ID.eq(person.id())).fetchOne(PERSON.SEARCH_KEY);
        database.dsl().deleteFrom(PERSON_WORD).where(PERSON_WORD.PERSON_KEY.eq(key)).execute();
        database.dsl().batchInsert(words(person.fullName()).stream().map(w -> new PersonWordRecord(w, key)).toList()).execute();
    }

    private BatchBindStep wordInserts() {
        return database.dsl().batch(database.dsl().insertInto(PERSON_WORD, PERSON_WORD.WORD, PERSON_WORD.PERSON_KEY).values((String) null, null));
    }

    public void insertTransfers(List<Transfer> transfers) {
        database.dsl().batchInsert(transfers.stream().map(t -> new PersonTransferRecord(t.id(), t.personId(), t.fromUnitId(),
                t.toUnitId(), t.movedOn(), t.note())).toList()).execute();
    }

    public List<Transfer> transfers(String personId) {
        return database.dsl().selectFrom(PERSON_TRANSFER).where(PERSON_TRANSFER.PERSON_ID.eq(personId))
                .orderBy(PERSON_TRANSFER.MOVED_ON, PERSON_TRANSFER.ID)
                .fetch(t -> new Transfer(t.getId(), t.getPersonId(), t.getFromUnitId(), t.getToUnitId(), t.getMovedOn(), t.getNote()));
    }

    public int countInUnits(java.util.Collection<String> unitIds) {
        return database.dsl().fetchCount(PERSON, PERSON.UNIT_ID.in(unitIds).and(PERSON.LEFT_ON.isNull()));
    }

    private static Set<String> words(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : VietnameseText.fold(text).split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private PersonRecord toRecord(Person person) {
        PersonDetails d = person.details();
        return new PersonRecord(person.id(), person.unitId(), d.fullName(), VietnameseText.fold(d.fullName()),
                sortKeys.of(d.fullName()), d.gender() == null ? null : d.gender().name(),
                RosterDates.date(d.birth()), RosterDates.precision(d.birth()), d.homeTown(), d.rank(), d.position(),
                d.category(), d.partyMember(), RosterDates.date(d.partyDate()), RosterDates.precision(d.partyDate()),
                RosterDates.date(d.startDate()), RosterDates.precision(d.startDate()), d.education(), d.notes(),
                person.leftOn(), person.leftReason(), d.identifier(), nameKey(d.fullName()), null);
    }

    /** The person in the first columns of {@code row}, in the order of {@link #PERSON_SHOWN}. */
    private static Person person(ResultSet row) throws SQLException {
        String gender = row.getString(4);
        PersonDetails details = new PersonDetails(row.getString(3), gender == null ? null : Gender.valueOf(gender),
                RosterDates.of(date(row.getString(5)), row.getString(6)), row.getString(7), row.getString(8), row.getString(9),
                row.getString(10), row.getBoolean(11), RosterDates.of(date(row.getString(12)), row.getString(13)),
                RosterDates.of(date(row.getString(14)), row.getString(15)), row.getString(16), row.getString(17), row.getString(18));
        return new Person(row.getString(1), row.getString(2), details, date(row.getString(19)), row.getString(20));
    }

    /** Dates are stored as ISO text (jOOQ's LocalDate binding writes them so). */
    private static LocalDate date(String stored) {
        return stored == null ? null : LocalDate.parse(stored);
    }
}
