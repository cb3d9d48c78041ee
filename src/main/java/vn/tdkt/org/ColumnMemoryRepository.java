package vn.tdkt.org;

import static vn.tdkt.db.jooq.Tables.ROSTER_COLUMN_MEMORY;

import java.util.Map;
import vn.tdkt.db.Database;

/** Which roster field each spreadsheet header (folded) was mapped to last time. */
public final class ColumnMemoryRepository {
    private final Database database;

    public ColumnMemoryRepository(Database database) {
        this.database = database;
    }

    public Map<String, String> all() {
        return database.dsl().selectFrom(ROSTER_COLUMN_MEMORY).fetchMap(ROSTER_COLUMN_MEMORY.HEADER_FOLDED, ROSTER_COLUMN_MEMORY.FIELD);
    }

    public void remember(String headerFolded, String field) {
        database.dsl().insertInto(ROSTER_COLUMN_MEMORY)
                .set(ROSTER_COLUMN_MEMORY.HEADER_FOLDED, headerFolded).set(ROSTER_COLUMN_MEMORY.FIELD, field)
                .onConflict(ROSTER_COLUMN_MEMORY.HEADER_FOLDED).doUpdate().set(ROSTER_COLUMN_MEMORY.FIELD, field)
                .execute();
    }
}
