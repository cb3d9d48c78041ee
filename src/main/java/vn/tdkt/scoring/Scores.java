package vn.tdkt.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import vn.tdkt.core.VietnameseNumbers;

/** Totals and ranking, the rules in one place: the grid, the sheets, the documents and the bench all call these. */
public final class Scores {
    private Scores() {
    }

    /** Totals of one member from its values by criterion id; absent and refused values count as nothing. */
    public static Totals totals(CriteriaSet set, Map<String, Double> values) {
        Tally tally = new Tally();
        for (Criterion c : set.criteria()) {
            Double v = values.get(c.id());
            if (v != null) {
                tally.add(c, v);
            }
        }
        return tally.totals(set);
    }

    /**
     * One member's running sums, fed one stored value at a time: how a roll-up over many months adds up
     * without building a map per member and month. A refused value counts as nothing; the caps apply at the end.
     */
    public static final class Tally {
        private double base;
        private double bonus;
        private double penalty;

        public void add(Criterion criterion, double value) {
            if (criterion.problem(value).isPresent()) {
                return;
            }
            switch (criterion.kind()) {
                case POINTS, THRESHOLD -> base += criterion.points(value);
                case BONUS -> bonus += value;
                case PENALTY -> penalty += value;
            }
        }

        public Totals totals(CriteriaSet set) {
            return new Totals(base, capped(bonus, set.bonusCap()), capped(penalty, set.penaltyCap()));
        }

        private static double capped(double sum, Double cap) {
            return cap == null ? sum : Math.min(sum, cap);
        }
    }

    /**
     * Orders the members by total, highest first, then by the set's tie-break; members still equal share
     * a rank and the next rank skips (1, 1, 3). Members with no totals count as zero.
     */
    public static List<Standing> rank(CriteriaSet set, List<Member> members, Map<String, Totals> totals) {
        Comparator<Totals> order = Comparator.comparingDouble(t -> -round(t.total()));
        Comparator<Totals> tie = switch (set.tieBreak()) {
            case SHARED -> (a, b) -> 0;
            case BASE -> Comparator.comparingDouble(t -> -round(t.base()));
            case PENALTY -> Comparator.comparingDouble(t -> round(t.penalty()));
        };
        Comparator<Totals> full = order.thenComparing(tie);
        List<Member> sorted = new ArrayList<>(members);
        sorted.sort(Comparator.comparing((Member m) -> totals.getOrDefault(m.id(), Totals.ZERO), full));
        List<Standing> standings = new ArrayList<>(sorted.size());
        Totals previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            Totals t = totals.getOrDefault(sorted.get(i).id(), Totals.ZERO);
            if (previous == null || full.compare(previous, t) != 0) {
                rank = i + 1;
            }
            previous = t;
            standings.add(new Standing(sorted.get(i), t, rank, set.band(round(t.total())).orElse("")));
        }
        return standings;
    }

    /** Sum or average of several periods' totals, per the set. */
    public static Totals rollUp(RollUp rule, List<Totals> parts) {
        if (parts.isEmpty()) {
            return Totals.ZERO;
        }
        double base = 0;
        double bonus = 0;
        double penalty = 0;
        for (Totals t : parts) {
            base += t.base();
            bonus += t.bonus();
            penalty += t.penalty();
        }
        double divisor = rule == RollUp.AVERAGE ? parts.size() : 1;
        return new Totals(base / divisor, bonus / divisor, penalty / divisor);
    }

    /** Two decimals, so 0.1 + 0.2 ties with 0.3 as a person reading the sheet expects. */
    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    /** "8,5", "10": points as the officer writes them. */
    public static String format(double value) {
        return VietnameseNumbers.decimal(value, 2);
    }
}
