package vn.tdkt.award;

import static vn.tdkt.db.jooq.Tables.AWARD_RULE_SET;
import static vn.tdkt.db.jooq.Tables.SETTING;

import java.time.Instant;
import java.util.Optional;
import vn.tdkt.db.Database;

/** The officer's saved versions of the rule sets, and which set the unit works under. */
public final class RuleSetRepository {
    private static final String IN_USE = "award.ruleSet";
    private final Database database;

    public RuleSetRepository(Database database) {
        this.database = database;
    }

    /** The newest saved version's JSON, if the officer ever saved one. */
    public Optional<String> newest(String code) {
        return database.dsl().select(AWARD_RULE_SET.BODY).from(AWARD_RULE_SET).where(AWARD_RULE_SET.CODE.eq(code))
                .orderBy(AWARD_RULE_SET.VERSION.desc()).limit(1).fetchOptional(AWARD_RULE_SET.BODY);
    }

    public Optional<String> version(String code, int version) {
        return database.dsl().select(AWARD_RULE_SET.BODY).from(AWARD_RULE_SET)
                .where(AWARD_RULE_SET.CODE.eq(code), AWARD_RULE_SET.VERSION.eq(version)).fetchOptional(AWARD_RULE_SET.BODY);
    }

    public void insert(String code, int version, Instant savedAt, String body) {
        database.dsl().insertInto(AWARD_RULE_SET).set(AWARD_RULE_SET.CODE, code).set(AWARD_RULE_SET.VERSION, version)
                .set(AWARD_RULE_SET.SAVED_AT, savedAt).set(AWARD_RULE_SET.BODY, body).execute();
    }

    public Optional<String> inUse() {
        return database.dsl().select(SETTING.VALUE).from(SETTING).where(SETTING.KEY.eq(IN_USE)).fetchOptional(SETTING.VALUE);
    }

    public void setInUse(String code) {
        database.dsl().insertInto(SETTING).set(SETTING.KEY, IN_USE).set(SETTING.VALUE, code)
                .onConflict(SETTING.KEY).doUpdate().set(SETTING.VALUE, code).execute();
    }
}
