package vn.tdkt.org;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseTones;
import vn.tdkt.db.Database;

/**
 * Keeps the roster's stored derived columns true to the code and the runtime: the name-order keys
 * are Collator bytes, so they are only right for the collation that built them. On start the
 * Vietnamese collation is checked to be the real one, and when the rules or the key format changed
 * since the keys were built, every key, search word and canonical spelling is written again.
 */
public final class RosterIndex {
    /** Raise when what the stored columns hold changes (V4: canonical name key and tone placement). */
    private static final String FORMAT = "2";
    private static final String VERSION_KEY = "sort_key_version";

    private final Database database;
    private final PersonRepository people;
    private final ChoiceRepository choices;

    public RosterIndex(Database database, PersonRepository people, ChoiceRepository choices) {
        this.database = database;
        this.people = people;
        this.choices = choices;
    }

    /** The version the stored keys must have in this runtime. */
    public static String version() {
        return FORMAT + ":" + VietnameseNames.collationVersion();
    }

    /**
     * Refuses a runtime without the Vietnamese collation (names would sort in the wrong order and the
     * stored keys would be wrong), then rebuilds the keys when they were built otherwise; returns
     * whether it rebuilt.
     */
    public boolean ensureCurrent() {
        if (!VietnameseNames.collatorIsVietnamese()) {
            throw new AppException("roster.error.collator");
        }
        String wanted = version();
        return database.transactionResult(() -> {
            if (people.meta(VERSION_KEY).filter(wanted::equals).isPresent()) {
                return false;
            }
            people.rewrite(people.all());
            for (ChoiceList list : ChoiceList.values()) {
                choices.replaceAll(list, oneSpellingEach(choices.names(list)));
            }
            people.putMeta(VERSION_KEY, wanted);
            return true;
        });
    }

    /** The list in its order, each name in its canonical spelling, the later spellings of a name dropped. */
    static List<String> oneSpellingEach(List<String> names) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String name : names) {
            byKey.putIfAbsent(VietnameseTones.key(name), RosterService.choiceName(name));
        }
        return new ArrayList<>(byKey.values());
    }
}
