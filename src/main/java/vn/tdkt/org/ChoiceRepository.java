package vn.tdkt.org;

import static vn.tdkt.db.jooq.Tables.ORG_CHOICE;

import java.util.List;
import org.jooq.impl.DSL;
import vn.tdkt.db.Database;

/** The editable lists of ranks, positions and categories. */
public final class ChoiceRepository {
    private final Database database;

    public ChoiceRepository(Database database) {
        this.database = database;
    }

    public List<String> names(ChoiceList list) {
        return database.dsl().select(ORG_CHOICE.NAME).from(ORG_CHOICE).where(ORG_CHOICE.LIST.eq(list.key()))
                .orderBy(ORG_CHOICE.SORT_ORDER).fetch(ORG_CHOICE.NAME);
    }

    /** Adds at the end of the list; a name already there stays where it is. */
    public void add(ChoiceList list, String name) {
        Integer max = database.dsl().select(DSL.max(ORG_CHOICE.SORT_ORDER)).from(ORG_CHOICE)
                .where(ORG_CHOICE.LIST.eq(list.key())).fetchOne(0, Integer.class);
        database.dsl().insertInto(ORG_CHOICE).set(ORG_CHOICE.LIST, list.key()).set(ORG_CHOICE.NAME, name)
                .set(ORG_CHOICE.SORT_ORDER, max == null ? 1 : max + 1).onConflictDoNothing().execute();
    }

    public void remove(ChoiceList list, String name) {
        database.dsl().deleteFrom(ORG_CHOICE).where(ORG_CHOICE.LIST.eq(list.key()).and(ORG_CHOICE.NAME.eq(name))).execute();
    }

    /** Numbers the list in the given order; names not given keep their place after them. */
    public void reorder(ChoiceList list, List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            database.dsl().update(ORG_CHOICE).set(ORG_CHOICE.SORT_ORDER, i + 1)
                    .where(ORG_CHOICE.LIST.eq(list.key()).and(ORG_CHOICE.NAME.eq(names.get(i)))).execute();
        }
    }

    /** Puts exactly these names in the list, in this order. */
    public void replaceAll(ChoiceList list, List<String> names) {
        database.dsl().deleteFrom(ORG_CHOICE).where(ORG_CHOICE.LIST.eq(list.key())).execute();
        for (int i = 0; i < names.size(); i++) {
            database.dsl().insertInto(ORG_CHOICE).set(ORG_CHOICE.LIST, list.key()).set(ORG_CHOICE.NAME, names.get(i))
                    .set(ORG_CHOICE.SORT_ORDER, i + 1).execute();
        }
    }
}
