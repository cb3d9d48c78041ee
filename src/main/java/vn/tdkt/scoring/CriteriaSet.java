package vn.tdkt.scoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One version of a bộ tiêu chí. Versions of the same set share {@code familyId}; a set that has scores is
 * never changed in place (see {@link CriteriaSetService#save}).
 *
 * @param bonusCap   the most the bonus items together add; null: no cap beyond the items' own maxima
 * @param penaltyCap the most the penalty items together take away; null: no cap
 */
public record CriteriaSet(String id, String familyId, int version, String name, boolean sample, RollUp rollUp,
                          TieBreak tieBreak, Double bonusCap, Double penaltyCap, List<CriteriaGroup> groups,
                          List<Criterion> bonuses, List<Criterion> penalties, List<Band> bands) {
    public CriteriaSet {
        groups = List.copyOf(groups);
        bonuses = List.copyOf(bonuses);
        penalties = List.copyOf(penalties);
        bands = bands.stream().sorted(Comparator.comparingDouble(Band::minTotal).reversed()).toList();
    }

    /** Every criterion in sheet order: the groups' criteria, then bonus, then penalty items. */
    public List<Criterion> criteria() {
        List<Criterion> all = new ArrayList<>();
        groups.forEach(g -> all.addAll(g.criteria()));
        all.addAll(bonuses);
        all.addAll(penalties);
        return all;
    }

    public Optional<Criterion> byCode(String code) {
        return criteria().stream().filter(c -> c.code().equalsIgnoreCase(code.trim())).findFirst();
    }

    /** The most the base criteria can earn. */
    public double maxBase() {
        return groups.stream().mapToDouble(CriteriaGroup::maxPoints).sum();
    }

    /** The band a total reaches, or empty below the lowest. */
    public Optional<String> band(double total) {
        return bands.stream().filter(b -> total >= b.minTotal() - 1e-9).map(Band::name).findFirst();
    }
}
