package vn.tdkt.award;

import java.time.Clock;
import java.util.List;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;

/**
 * The rule sets as the unit uses them: the shipped version unless the officer saved an edit, in which case the
 * newest saved version. Only the figures the law leaves open or the business notes mark unconfirmed are edited
 * here (vote threshold, bonus multiple, cap, article, note); the conditions stay as shipped.
 */
public final class RuleSetService {
    private final Database database;
    private final RuleSetRepository repository;
    private final AuditTrail audit;
    private final Clock clock;

    public RuleSetService(Database database, RuleSetRepository repository, AuditTrail audit, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
        this.clock = clock;
    }

    public List<String> codes() {
        return RuleSetJson.SHIPPED;
    }

    public RuleSet current(String code) {
        return repository.newest(code).map(RuleSetJson::read).orElseGet(() -> RuleSetJson.shipped(code));
    }

    /** The set a decision was made under, so it can be shown as it was. */
    public RuleSet version(String code, int version) {
        if (version == 1) {
            return RuleSetJson.shipped(code);
        }
        return repository.version(code, version).map(RuleSetJson::read)
                .orElseThrow(() -> new AppException("award.error.noRuleSet", code + " v" + version));
    }

    /** The set the unit works under: army unless the officer chose the civilian one. */
    public RuleSet inUse() {
        return current(repository.inUse().filter(codes()::contains).orElse(codes().getFirst()));
    }

    public void use(String code) {
        if (!codes().contains(code)) {
            throw new AppException("award.error.noRuleSet", code);
        }
        database.transaction(() -> repository.setInUse(code));
    }

    /** Saves the rule's edited figures as the next version of its set; refuses figures no rule could hold. */
    public RuleSet edit(String setCode, String titleCode, Double voteThreshold, Double bonusMultiple, Cap cap, String article, String note) {
        if (voteThreshold != null && (voteThreshold <= 0 || voteThreshold > 100)) {
            throw new AppException("award.error.threshold");
        }
        if (bonusMultiple != null && bonusMultiple < 0) {
            throw new AppException("award.error.bonus");
        }
        if (cap != null && (cap.percent() <= 0 || cap.percent() > 100)) {
            throw new AppException("award.error.cap");
        }
        return database.transactionResult(() -> {
            RuleSet rules = current(setCode);
            TitleRule rule = rules.title(titleCode).orElseThrow(() -> new AppException("award.error.noTitle", titleCode));
            RuleSet next = rules.withRule(rule.withFigures(voteThreshold, bonusMultiple, cap, VietnameseText.clean(article),
                    VietnameseText.clean(note)));
            repository.insert(setCode, next.version(), clock.instant(), RuleSetJson.write(next));
            audit.changed("award_rule_set", setCode, titleCode, "v" + rules.version(), "v" + next.version());
            return next;
        });
    }
}
