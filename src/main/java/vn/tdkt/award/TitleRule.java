package vn.tdkt.award;

import java.util.List;

/**
 * One title (danh hiệu) or award form (hình thức) of a rule set with its conditions and figures.
 *
 * @param family        "title" or "award"
 * @param voteThreshold the council's required share (percent) of its total membership; null while not known
 * @param bonusMultiple the bonus as a multiple of the base salary; null while not known
 * @param cap           a limit as a share of the population considered; null for none
 * @param note          what the officer should know, above all which figures are not yet confirmed
 */
public record TitleRule(String code, String name, SubjectKind subject, String family, LegalSource source, List<Criterion> criteria,
                        Double voteThreshold, Double bonusMultiple, Cap cap, String note) {
    public TitleRule {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        note = note == null ? "" : note;
    }

    /** True when the rule set states no condition the program can check: the council decides from the dossier. */
    public boolean reviewOnly() {
        return criteria.isEmpty();
    }

    /** The same rule with the figures the officer may edit replaced. */
    public TitleRule withFigures(Double voteThreshold, Double bonusMultiple, Cap cap, String article, String note) {
        return new TitleRule(code, name, subject, family, new LegalSource(source.document(), article), criteria, voteThreshold,
                bonusMultiple, cap, note);
    }
}
