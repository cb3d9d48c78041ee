package vn.tdkt.award;

/**
 * One nominee's ballot at a council meeting. Whether it passed is what the council recorded under the rule set
 * in force, so it is kept as recorded.
 *
 * @param personId the roster's person, for a person's achievement report; null for a collective
 * @param summary  the achievement in a line, carried onto the Tờ trình's list
 * @param unitId   a collective's unit, whose award history the decision adds to; null for a person, and for
 *                 ballots recorded before units were named on them
 */
public record Vote(String id, String personId, String name, String rank, String positionAndUnit, boolean collective, String award,
                   int votes, boolean passed, String summary, String unitId) {
    public Vote {
        rank = rank == null ? "" : rank;
    }

    /** A ballot whose collective names no unit of the roster (the shape before units were named on ballots). */
    public Vote(String id, String personId, String name, String rank, String positionAndUnit, boolean collective, String award,
                int votes, boolean passed, String summary) {
        this(id, personId, name, rank, positionAndUnit, collective, award, votes, passed, summary, null);
    }

    /** The same ballot under the id its meeting gave it. */
    Vote withId(String newId) {
        return new Vote(newId, personId, name, rank, positionAndUnit, collective, award, votes, passed, summary, unitId);
    }
}
