package vn.tdkt.award;

/**
 * One nominee's ballot at a council meeting. Whether it passed is what the council recorded under the rule set
 * in force, so it is kept as recorded.
 *
 * @param personId the roster's person, for a person's achievement report; null for a collective
 * @param summary  the achievement in a line, carried onto the Tờ trình's list
 */
public record Vote(String id, String personId, String name, String rank, String positionAndUnit, boolean collective, String award,
                   int votes, boolean passed, String summary) {
    public Vote {
        rank = rank == null ? "" : rank;
    }
}
