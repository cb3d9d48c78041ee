package vn.tdkt.doc.forms;

import java.time.LocalDate;
import java.util.List;

/** What a Kế hoạch thi đua says: theme and motto, purposes, measurable targets, contents, organisation. */
public record EmulationPlan(String number, LocalDate date, int year, String theme, String motto, List<String> purposes,
                            List<Target> targets, List<Section> contents, List<String> organisation, List<String> recipients) {

    /** A target with its measure ("≥ 98,6%"). */
    public record Target(String name, String measure) {
    }
}
