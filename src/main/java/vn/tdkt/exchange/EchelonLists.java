package vn.tdkt.exchange;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.exchange.ScoreRecords.TotalJson;
import vn.tdkt.exemplar.Card;
import vn.tdkt.exemplar.ExemplarService;
import vn.tdkt.exemplar.Stage;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;
import vn.tdkt.scoring.ScoreSheet;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.scoring.ScoringService;

/**
 * The higher echelon's lists over its own units and those whose packages came up: the ĐHTT models by stage
 * (own and received dossiers, with where and when each came from) and the ranking of units across the
 * regiments' blocks for one period, from its own scores and the scores received snapshots carried.
 */
public final class EchelonLists {
    private final ExemplarService exemplars;
    private final ScoringService scoring;
    private final UnitService units;
    private final ExchangeRepository exchange;
    private final ScoreExchangeRepository received;

    EchelonLists(ExemplarService exemplars, ScoringService scoring, UnitService units, ExchangeRepository exchange,
                 ScoreExchangeRepository received) {
        this.exemplars = exemplars;
        this.scoring = scoring;
        this.units = units;
        this.exchange = exchange;
        this.received = received;
    }

    /**
     * One ĐHTT model of the list. {@code from} is the unit whose package brought it and {@code receivedAt} when
     * it was imported; both empty for this installation's own models.
     */
    public record ModelLine(Stage stage, String subjectName, String unitName, String field, Optional<String> from,
                            Optional<Instant> receivedAt) {
    }

    /**
     * Every model, own and received, by stage (Phát hiện first), then unit and name in Vietnamese order. A dossier
     * package speaks for the model's own unit, so the unit it came from is the one its sender's snapshot speaks for.
     */
    public List<ModelLine> models() {
        Map<String, ReceivedPackage> sources = exchange.packagesOf(DossierKind.EXEMPLAR);
        Map<String, String> senders = new java.util.HashMap<>();
        exchange.allReceived().stream().filter(p -> p.kind().equals(SnapshotKind.NAME) && p.current())
                .forEach(p -> senders.put(p.sourceInstallation(), p.unitName()));
        Comparator<String> vietnamese = VietnameseNames.textOrder();
        return exemplars.cards().stream().map((Card c) -> {
            Optional<ReceivedPackage> from = Optional.ofNullable(sources.get(c.id()));
            return new ModelLine(c.stage(), c.subjectName(), c.unitName(), c.field(),
                    from.map(p -> senders.getOrDefault(p.sourceInstallation(), p.unitName())), from.map(ReceivedPackage::importedAt));
        }).sorted(Comparator.comparing(ModelLine::stage).thenComparing(ModelLine::unitName, vietnamese)
                .thenComparing(ModelLine::subjectName, VietnameseNames.nameOrder())).toList();
    }

    /** One unit's place in a ranking across blocks. {@code from}: the sending unit, empty for this installation's own. */
    public record RankedUnit(int rank, String unitName, String block, Optional<String> from, Optional<Instant> receivedAt, double base,
                             double bonus, double penalty) {
        public double total() {
            return base + bonus - penalty;
        }
    }

    /**
     * The units of every block scored for the period with one criteria set (by its fingerprint), ranked
     * together. {@code sets} names the set as each block called it (name and version).
     */
    public record RankingGroup(List<String> sets, List<String> blocks, List<RankedUnit> units) {
    }

    /**
     * The ranking for one period: one group per criteria set. More than one group means the blocks used
     * different criteria and are not ranked together; the caller says so.
     */
    public List<RankingGroup> ranking(PeriodKey period) {
        Map<String, List<Block>> bySet = new LinkedHashMap<>();
        for (Block block : blocks()) {
            if (block.period().equals(period)) {
                bySet.computeIfAbsent(block.fingerprint(), k -> new ArrayList<>()).add(block);
            }
        }
        return bySet.values().stream().map(EchelonLists::rank)
                .sorted(Comparator.comparing((RankingGroup g) -> -g.units().size())).toList();
    }

    /** Every period some block was scored for, own or received, newest first. */
    public List<PeriodKey> periods() {
        TreeSet<PeriodKey> all = new TreeSet<>(PeriodKey.NEWEST_FIRST);
        blocks().forEach(b -> all.add(b.period()));
        return List.copyOf(all);
    }

    /** This installation's newest month block as a snapshot carries it: the demo's subordinate scores the same month. */
    Optional<ScoreRecords.PeriodJson> newestOwnMonth() {
        return scoring.periods().stream().filter(p -> !p.people() && p.kind() == vn.tdkt.scoring.PeriodKind.MONTH)
                .max(Comparator.comparingInt(ScoringPeriod::year).thenComparingInt(ScoringPeriod::number))
                .map(p -> ScoreRecords.PeriodJson.of(p, scoring.sheet(p.id()), scoring.ranking(p.id())));
    }

    /** A block's totals for one period: own (from its ranking) or received (as the sender's ranking had them). */
    private record Block(PeriodKey period, String fingerprint, String set, String title, Optional<String> from,
                         Optional<Instant> receivedAt, List<TotalJson> totals) {
    }

    private List<Block> blocks() {
        List<Block> blocks = new ArrayList<>();
        java.util.Set<String> importedUnits = exchange.importedIds(SnapshotKind.UNIT);
        Map<String, Unit> byId = new java.util.HashMap<>();
        units.all().forEach(u -> byId.put(u.id(), u));
        for (ScoringPeriod period : scoring.periods()) {
            if (period.people()) {
                continue;
            }
            ScoreSheet sheet = scoring.sheet(period.id());
            if (sheet.members().isEmpty() || sheet.members().stream().anyMatch(m -> importedUnits.contains(m.id()))) {
                continue;
            }
            List<TotalJson> totals = List.of(ScoreRecords.PeriodJson.of(period, sheet, scoring.ranking(period.id())).totals());
            blocks.add(new Block(new PeriodKey(period.kind(), period.year(), period.number()), CriteriaFingerprint.of(sheet.set()),
                    sheet.set().name() + " v" + sheet.set().version(), period.title() + " — " + ownBlockName(sheet, byId), Optional.empty(),
                    Optional.empty(), totals));
        }
        Map<String, ReceivedPackage> sources = exchange.packagesOf(SnapshotKind.SCORE_PERIOD);
        for (ScoreExchangeRepository.Received r : received.all()) {
            ScoreRecords.PeriodJson p = r.period();
            Optional<ReceivedPackage> source = Optional.ofNullable(sources.get(p.id()));
            blocks.add(new Block(new PeriodKey(p.periodKind(), p.year(), p.number()), p.setFingerprint(), p.setName() + " v" + p.setVersion(),
                    p.title() + " — " + r.sourceUnitName(), Optional.of(r.sourceUnitName()), source.map(ReceivedPackage::importedAt), r.totals()));
        }
        return blocks;
    }

    /** This installation's block named by the unit above its members (their common parent), else its own top unit. */
    private String ownBlockName(ScoreSheet sheet, Map<String, Unit> byId) {
        java.util.Set<String> parents = new java.util.HashSet<>();
        sheet.members().forEach(m -> parents.add(Optional.ofNullable(byId.get(m.id())).map(Unit::parentId).orElse(null)));
        Unit parent = parents.size() == 1 ? byId.get(parents.iterator().next()) : null;
        return parent != null ? parent.name() : ProposalKind.ownTop(units, exchange).name();
    }

    /** Higher total first; equal totals (to the hundredth, as the sheets show them) share a rank. */
    private static RankingGroup rank(List<Block> blocks) {
        record Line(TotalJson total, Block block) {
        }
        List<Line> lines = new ArrayList<>();
        blocks.forEach(b -> b.totals().forEach(t -> lines.add(new Line(t, b))));
        Comparator<Line> order = Comparator.comparingDouble((Line l) -> -rounded(l.total()));
        lines.sort(order.thenComparing(l -> l.total().unitName(), VietnameseNames.textOrder()));
        List<RankedUnit> ranked = new ArrayList<>();
        for (int i = 0, rank = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (i == 0 || rounded(lines.get(i - 1).total()) != rounded(line.total())) {
                rank = i + 1;
            }
            TotalJson t = line.total();
            ranked.add(new RankedUnit(rank, t.unitName(), line.block().title(), line.block().from(), line.block().receivedAt(),
                    t.base(), t.bonus(), t.penalty()));
        }
        return new RankingGroup(blocks.stream().map(Block::set).distinct().toList(), blocks.stream().map(Block::title).toList(), ranked);
    }

    private static double rounded(TotalJson t) {
        return Math.round((t.base() + t.bonus() - t.penalty()) * 100) / 100.0;
    }
}
