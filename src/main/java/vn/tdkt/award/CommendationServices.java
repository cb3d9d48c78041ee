package vn.tdkt.award;

/** What the commendation feature offers: its rule sets, the records eligibility reads, and eligibility. */
public record CommendationServices(RuleSetService ruleSets, AwardRecordService records, EligibilityService eligibility) {
}
