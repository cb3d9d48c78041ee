package vn.tdkt.scoring;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;

/**
 * Criteria sets. A version that has scores is never changed: saving it makes the next version, and the
 * periods already scored keep theirs, so an old sheet adds up as it did.
 */
public final class CriteriaSetService {
    private final Database database;
    private final CriteriaSetRepository sets;
    private final AuditTrail audit;
    private final Clock clock;

    public CriteriaSetService(Database database, CriteriaSetRepository sets, AuditTrail audit, Clock clock) {
        this.database = database;
        this.sets = sets;
        this.audit = audit;
        this.clock = clock;
    }

    /** The newest version of each set. */
    public List<CriteriaSet> latest() {
        return sets.latest();
    }

    public CriteriaSet get(String id) {
        return sets.byId(id).orElseThrow(() -> new AppException("scoring.set.notFound", id));
    }

    /** Stores a new set (its id unknown so far) as version 1. */
    public CriteriaSet create(CriteriaSet draft) {
        check(draft);
        return database.transactionResult(() -> {
            CriteriaSet set = withIdentity(draft, Ids.newId(), Ids.newId(), 1);
            sets.insert(set, clock.instant());
            audit.created("criteria_set", set.id(), set.name() + " v1");
            return set;
        });
    }

    /**
     * Saves an edited set. Unscored: changed in place. Scored: a new version with fresh ids, returned;
     * the old one stays as it was for the periods that used it.
     */
    public CriteriaSet save(CriteriaSet edited) {
        check(edited);
        return database.transactionResult(() -> {
            if (!sets.hasScores(edited.id())) {
                // Fresh ids for the lines too: the editor hands over lines it may have added, without ids.
                CriteriaSet same = withIdentity(edited, edited.id(), edited.familyId(), edited.version());
                sets.replace(same, clock.instant());
                audit.changed("criteria_set", same.id(), "content", null, same.name() + " v" + same.version());
                return same;
            }
            int version = sets.newestVersion(edited.familyId()) + 1;
            CriteriaSet next = withIdentity(edited, Ids.newId(), edited.familyId(), version);
            sets.insert(next, clock.instant());
            audit.created("criteria_set", next.id(), next.name() + " v" + version + " (" + edited.id() + ")");
            return next;
        });
    }

    private static void check(CriteriaSet set) {
        if (VietnameseText.clean(set.name()).isEmpty()) {
            throw new AppException("scoring.set.noName");
        }
        Set<String> codes = new HashSet<>();
        for (Criterion c : set.criteria()) {
            if (!codes.add(c.code().toLowerCase(java.util.Locale.ROOT))) {
                throw new AppException("scoring.set.duplicateCode", c.code());
            }
            if (c.maxPoints() <= 0) {
                throw new AppException("scoring.set.badMax", c.code());
            }
            if (c.kind() == CriterionKind.THRESHOLD && (c.comparison() == null || c.target() == null)) {
                throw new AppException("scoring.set.noTarget", c.code());
            }
        }
    }

    /** The same content under new ids (a new version's criteria must not share ids with the old one's scores). */
    private static CriteriaSet withIdentity(CriteriaSet set, String id, String familyId, int version) {
        List<CriteriaGroup> groups = set.groups().stream().map(g -> {
            String groupId = Ids.newId();
            return new CriteriaGroup(groupId, VietnameseText.clean(g.name()), g.criteria().stream().map(c -> renew(c, groupId)).toList());
        }).toList();
        return new CriteriaSet(id, familyId, version, VietnameseText.clean(set.name()), set.sample(), set.rollUp(), set.tieBreak(),
                set.bonusCap(), set.penaltyCap(), groups, set.bonuses().stream().map(c -> renew(c, null)).toList(),
                set.penalties().stream().map(c -> renew(c, null)).toList(), set.bands());
    }

    private static Criterion renew(Criterion c, String groupId) {
        return new Criterion(Ids.newId(), groupId, VietnameseText.clean(c.code()), VietnameseText.clean(c.name()), c.kind(), c.maxPoints(),
                c.comparison(), c.target(), VietnameseText.cleanOrNull(c.guide()));
    }
}
