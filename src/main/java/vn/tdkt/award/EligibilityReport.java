package vn.tdkt.award;

import java.util.List;

/** Who qualifies for what in a year, under one version of a rule set. */
public record EligibilityReport(int year, String ruleSetCode, int ruleSetVersion, List<TitleResult> titles) {
    public EligibilityReport {
        titles = List.copyOf(titles);
    }
}
