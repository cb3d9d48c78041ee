package vn.tdkt.settings;

import static vn.tdkt.db.jooq.Tables.SETTING;

import java.util.Map;
import java.util.Optional;
import vn.tdkt.db.Database;

/** Key–value settings of this data folder. */
public final class SettingsRepository {
    private final Database database;

    public SettingsRepository(Database database) {
        this.database = database;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(database.dsl().select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(key)).fetchOne(SETTING.VALUE));
    }

    public Map<String, String> withPrefix(String prefix) {
        return database.dsl().selectFrom(SETTING).where(SETTING.KEY.startsWith(prefix))
                .fetchMap(SETTING.KEY, SETTING.VALUE);
    }

    public void put(String key, String value) {
        database.dsl().insertInto(SETTING).set(SETTING.KEY, key).set(SETTING.VALUE, value)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, value)
                .execute();
    }
}
