package vn.tdkt.scoring;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;
import vn.tdkt.scoring.ScoringPeriodRepository.Cell;

/**
 * Scoring periods and their scores. Every change of a score, a lock and an unlock is written to the audit
 * trail in the same transaction; a locked period refuses changes until it is unlocked with a reason.
 */
public final class ScoringService {
    private final Database database;
    private final ScoringPeriodRepository periods;
    private final CriteriaSetService sets;
    private final UnitService units;
    private final RosterService roster;
    private final BlockDirectory blocks;
    private final AuditTrail audit;
    private final Clock clock;

    public ScoringService(Database database, ScoringPeriodRepository periods, CriteriaSetService sets, UnitService units,
                          RosterService roster, BlockDirectory blocks, AuditTrail audit, Clock clock) {
        this.database = database;
        this.periods = periods;
        this.sets = sets;
        this.units = units;
        this.roster = roster;
        this.blocks = blocks;
        this.audit = audit;
        this.clock = clock;
    }

    public List<ScoringPeriod> periods() {
        return periods.all();
    }

    public ScoringPeriod period(String id) {
        return periods.byId(id).orElseThrow(() -> new AppException("scoring.period.notFound", id));
    }

    /** The blocks of a year, from the plan feature. */
    public List<BlockDirectory.Block> blocks(int year) {
        return blocks.blocks(year);
    }

    /** Opens a period for units chosen by hand (blockId null) or for a block's units (blockId its id). */
    public ScoringPeriod openForUnits(String setId, PeriodKind kind, int year, int number, List<String> unitIds, String blockId) {
        if (unitIds.isEmpty()) {
            throw new AppException("scoring.period.noMembers");
        }
        unitIds.forEach(units::get);
        return open(setId, kind, year, number, unitIds, blockId, false, "");
    }

    /**
     * Opens a period that scores the people of a unit (those still serving). Its title names the unit
     * ("Tháng 3/2026 – cá nhân Đại đội 1"), so it stands apart from the units' period of the same month.
     */
    public ScoringPeriod openForPeople(String setId, PeriodKind kind, int year, int number, String unitId) {
        if (unitId == null) {
            throw new AppException("scoring.period.noMembers");
        }
        Unit unit = units.get(unitId);
        List<String> people = roster.search(RosterQuery.ALL.inUnit(unitId)).stream().map(e -> e.person().id()).toList();
        if (people.isEmpty()) {
            throw new AppException("scoring.period.noPeople", unit.name());
        }
        return open(setId, kind, year, number, people, null, true, " – cá nhân " + unit.name());
    }

    private ScoringPeriod open(String setId, PeriodKind kind, int year, int number, List<String> memberIds, String blockId, boolean people,
                               String titleTail) {
        if (number < 1 || number > kind.perYear()) {
            throw new AppException("scoring.period.badNumber", number);
        }
        CriteriaSet set = sets.get(setId);
        ScoringPeriod period = new ScoringPeriod(Ids.newId(), set.id(), kind, year, number, title(kind, year, number) + titleTail, blockId, people, false);
        database.transaction(() -> {
            periods.insert(period, memberIds, clock.instant());
            audit.created("scoring_period", period.id(), period.title() + " · " + set.name() + " v" + set.version());
        });
        return period;
    }

    /** "Tháng 3/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026". */
    public static String title(PeriodKind kind, int year, int number) {
        return switch (kind) {
            case MONTH -> "Tháng " + number + "/" + year;
            case QUARTER -> "Quý " + "I II III IV".split(" ")[number - 1] + "/" + year;
            case HALF_YEAR -> (number == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case YEAR -> "Năm " + year;
        };
    }

    public ScoreSheet sheet(String periodId) {
        ScoringPeriod period = period(periodId);
        return new ScoreSheet(period, sets.get(period.setId()), periods.members(periodId), periods.cells(periodId));
    }

    /**
     * Writes changed cells in one transaction. Refused whole when the period is locked, a value is out of
     * range or a cell names an unknown member or criterion: nothing is written then.
     */
    public int save(String periodId, List<CellChange> changes) {
        return database.transactionResult(() -> {
            ScoreSheet sheet = sheet(periodId);
            if (sheet.period().locked()) {
                throw new AppException("scoring.period.locked", sheet.period().title());
            }
            Map<String, Criterion> criteria = new HashMap<>();
            sheet.set().criteria().forEach(c -> criteria.put(c.id(), c));
            Map<String, Member> members = new HashMap<>();
            sheet.members().forEach(m -> members.put(m.id(), m));
            int written = 0;
            for (CellChange change : changes) {
                Criterion criterion = criteria.get(change.criterionId());
                Member member = members.get(change.memberId());
                if (criterion == null || member == null) {
                    throw new AppException("scoring.cell.unknown");
                }
                if (change.value() != null) {
                    criterion.problem(change.value()).ifPresent(p -> {
                        throw new AppException("scoring.cell.refused", member.name(), criterion.code(), Scores.format(change.value()));
                    });
                }
                Cell before = sheet.cell(member.id(), criterion.id());
                Cell after = new Cell(change.value(), VietnameseText.cleanOrNull(change.note()));
                Double oldValue = before == null ? null : before.value();
                String oldNote = before == null ? null : before.note();
                if (Objects.equals(oldValue, after.value()) && Objects.equals(oldNote, after.note())) {
                    continue;
                }
                periods.put(periodId, member.id(), criterion.id(), after);
                String entityId = periodId + "/" + member.code() + "/" + criterion.code();
                audit.changed("score", entityId, "value", oldValue == null ? null : Scores.format(oldValue),
                        after.value() == null ? null : Scores.format(after.value()));
                audit.changed("score", entityId, "note", oldNote, after.note());
                written++;
            }
            if (written > 0) {
                periods.putTotals(periodId, totalsAfter(sheet, changes));
            }
            return written;
        });
    }

    /** Every member's totals once the changes are applied, for the stored totals the roll-ups read. */
    private static Map<String, Totals> totalsAfter(ScoreSheet sheet, List<CellChange> changes) {
        Map<String, Map<String, Double>> values = new HashMap<>();
        sheet.members().forEach(m -> values.put(m.id(), sheet.values(m.id())));
        for (CellChange change : changes) {
            if (change.value() == null) {
                values.get(change.memberId()).remove(change.criterionId());
            } else {
                values.get(change.memberId()).put(change.criterionId(), change.value());
            }
        }
        Map<String, Totals> totals = new HashMap<>();
        values.forEach((member, v) -> totals.put(member, Scores.totals(sheet.set(), v)));
        return totals;
    }

    /** Locks an approved period: no score changes until it is unlocked. */
    public void lock(String periodId) {
        database.transaction(() -> {
            ScoringPeriod period = period(periodId);
            if (!period.locked()) {
                periods.setLocked(periodId, true);
                audit.changed("scoring_period", periodId, "locked", false, true);
            }
        });
    }

    /** Unlocks a period; the reason is kept in the audit trail with the change. */
    public void unlock(String periodId, String reason) {
        String why = VietnameseText.clean(reason);
        if (why.isEmpty()) {
            throw new AppException("scoring.unlock.noReason");
        }
        database.transaction(() -> {
            ScoringPeriod period = period(periodId);
            if (period.locked()) {
                periods.setLocked(periodId, false);
                audit.changed("scoring_period", periodId, "locked", true, false);
                audit.changed("scoring_period", periodId, "unlockReason", null, why);
            }
        });
    }

    /**
     * The ranking of a period. A quarter, half-year or year with no values of its own is computed from the
     * month periods inside it (sum or average, per the set).
     */
    public List<Standing> ranking(String periodId) {
        ScoreSheet sheet = sheet(periodId);
        return Scores.rank(sheet.set(), sheet.members(), totals(sheet));
    }

    private Map<String, Totals> totals(ScoreSheet sheet) {
        ScoringPeriod period = sheet.period();
        if (period.kind() == PeriodKind.MONTH || sheet.hasValues()) {
            return sheet.totals();
        }
        List<ScoringPeriod> months = periods.months(sheet.set().familyId(), period.year(),
                period.kind().firstMonth(period.number()), period.kind().lastMonth(period.number()));
        Map<String, Map<String, Totals>> byMonth = monthTotals(months);
        Map<String, Totals> rolled = new HashMap<>();
        for (Member member : sheet.members()) {
            List<Totals> parts = months.stream().map(m -> byMonth.get(m.id()).get(member.id())).filter(Objects::nonNull).toList();
            rolled.put(member.id(), Scores.rollUp(sheet.set().rollUp(), parts));
        }
        return rolled;
    }

    /** Each member's total in every month of the period's year scored with the same set: the trend chart. */
    public Map<String, Map<Integer, Double>> monthlyTotals(String periodId) {
        ScoreSheet sheet = sheet(periodId);
        Map<String, Map<Integer, Double>> trend = new LinkedHashMap<>();
        sheet.members().forEach(m -> trend.put(m.id(), new LinkedHashMap<>()));
        List<ScoringPeriod> months = periods.months(sheet.set().familyId(), sheet.period().year(), 1, 12);
        Map<String, Map<String, Totals>> byMonth = monthTotals(months);
        for (ScoringPeriod month : months) {
            byMonth.get(month.id()).forEach((member, totals) -> {
                if (trend.containsKey(member)) {
                    trend.get(member).put(month.number(), totals.total());
                }
            });
        }
        return trend;
    }

    /**
     * Each member's rank among the period's members in every month of its year scored with the same set:
     * the block's ranking over time. Ties and the tie-break follow the period's set.
     */
    public Map<String, Map<Integer, Integer>> monthlyRanks(String periodId) {
        ScoreSheet sheet = sheet(periodId);
        Map<String, Map<Integer, Integer>> ranks = new LinkedHashMap<>();
        sheet.members().forEach(m -> ranks.put(m.id(), new LinkedHashMap<>()));
        List<ScoringPeriod> months = periods.months(sheet.set().familyId(), sheet.period().year(), 1, 12);
        Map<String, Map<String, Totals>> byMonth = monthTotals(months);
        for (ScoringPeriod month : months) {
            Map<String, Totals> totals = byMonth.get(month.id());
            List<Member> present = sheet.members().stream().filter(m -> totals.containsKey(m.id())).toList();
            for (Standing standing : Scores.rank(sheet.set(), present, totals)) {
                ranks.get(standing.member().id()).put(month.number(), standing.rank());
            }
        }
        return ranks;
    }

    /**
     * Month period id → member id → totals, every member of each month included (zero when unscored): the
     * totals stored with the scores, or for a month saved before they were stored, added up from its values.
     */
    private Map<String, Map<String, Totals>> monthTotals(List<ScoringPeriod> months) {
        Map<String, Map<String, Totals>> totals = periods.storedTotals(months.stream().map(ScoringPeriod::id).toList());
        List<ScoringPeriod> missing = months.stream().filter(m -> !totals.containsKey(m.id())).toList();
        if (!missing.isEmpty()) {
            totals.putAll(addedUp(missing));
        }
        return totals;
    }

    /** The months' totals from their stored values, read in one query with each set version loaded once. */
    private Map<String, Map<String, Totals>> addedUp(List<ScoringPeriod> months) {
        List<String> ids = months.stream().map(ScoringPeriod::id).toList();
        Map<String, CriteriaSet> setOf = new HashMap<>();
        Map<String, Map<String, Criterion>> criteriaOf = new HashMap<>();
        Map<String, CriteriaSet> loaded = new HashMap<>();
        for (ScoringPeriod month : months) {
            CriteriaSet set = loaded.computeIfAbsent(month.setId(), sets::get);
            setOf.put(month.id(), set);
            Map<String, Criterion> byId = new HashMap<>();
            set.criteria().forEach(c -> byId.put(c.id(), c));
            criteriaOf.put(month.id(), byId);
        }
        Map<String, Map<String, Scores.Tally>> tallies = new HashMap<>();
        periods.memberIds(ids).forEach((month, members) -> {
            Map<String, Scores.Tally> row = new HashMap<>();
            members.forEach(m -> row.put(m, new Scores.Tally()));
            tallies.put(month, row);
        });
        periods.values(ids, (month, member, criterionId, value) -> {
            Scores.Tally tally = tallies.getOrDefault(month, Map.of()).get(member);
            Criterion criterion = criteriaOf.get(month).get(criterionId);
            if (tally != null && criterion != null) {
                tally.add(criterion, value);
            }
        });
        Map<String, Map<String, Totals>> totals = new HashMap<>();
        for (String month : ids) {
            Map<String, Totals> row = new HashMap<>();
            tallies.getOrDefault(month, Map.of()).forEach((member, tally) -> row.put(member, tally.totals(setOf.get(month))));
            totals.put(month, row);
        }
        return totals;
    }

    /** The month periods a quarter, half-year or year is added up from; empty for a month or a period scored directly. */
    public List<ScoringPeriod> rolledUpFrom(String periodId) {
        ScoreSheet sheet = sheet(periodId);
        ScoringPeriod period = sheet.period();
        if (period.kind() == PeriodKind.MONTH || sheet.hasValues()) {
            return List.of();
        }
        return periods.months(sheet.set().familyId(), period.year(), period.kind().firstMonth(period.number()), period.kind().lastMonth(period.number()));
    }

    /**
     * Points lost per criterion code, summed over the members and over the months a period is added up from
     * (or its own scores): where the block as a whole loses most, the largest first.
     */
    public List<Map.Entry<Criterion, Double>> pointsLostByAll(String periodId) {
        List<ScoringPeriod> months = rolledUpFrom(periodId);
        List<String> scored = months.isEmpty() ? List.of(periodId) : months.stream().map(ScoringPeriod::id).toList();
        Map<String, Criterion> byCode = new LinkedHashMap<>();
        Map<String, Double> lost = new HashMap<>();
        for (String id : scored) {
            ScoreSheet sheet = sheet(id);
            for (Member member : sheet.members()) {
                for (Map.Entry<Criterion, Double> e : pointsLost(sheet, member.id())) {
                    byCode.putIfAbsent(e.getKey().code(), e.getKey());
                    lost.merge(e.getKey().code(), e.getValue(), Double::sum);
                }
            }
        }
        List<Map.Entry<Criterion, Double>> sorted = new ArrayList<>();
        lost.forEach((code, points) -> sorted.add(Map.entry(byCode.get(code), points)));
        sorted.sort(Comparator.comparing((Map.Entry<Criterion, Double> e) -> e.getValue()).reversed());
        return sorted;
    }

    /** Where a member lost points in a period: criterion → points short of its maximum, the largest first. */
    public List<Map.Entry<Criterion, Double>> pointsLost(ScoreSheet sheet, String memberId) {
        Map<String, Double> values = sheet.values(memberId);
        List<Map.Entry<Criterion, Double>> lost = new ArrayList<>();
        for (CriteriaGroup group : sheet.set().groups()) {
            for (Criterion c : group.criteria()) {
                Double v = values.get(c.id());
                double earned = v == null || c.problem(v).isPresent() ? 0 : c.points(v);
                if (c.maxPoints() - earned > 1e-9) {
                    lost.add(Map.entry(c, c.maxPoints() - earned));
                }
            }
        }
        lost.sort(Comparator.comparing((Map.Entry<Criterion, Double> e) -> e.getValue()).reversed());
        return lost;
    }
}
