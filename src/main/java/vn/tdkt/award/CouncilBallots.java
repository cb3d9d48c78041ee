package vn.tdkt.award;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.org.Person;
import vn.tdkt.org.RosterService;

/**
 * The step from eligibility to the council: the qualifying candidates of a title become the ballot lines of a
 * meeting ({@link Vote}s for {@link DossierService#recordMeeting}), each with the votes in favour the council
 * counted and whether that reaches the rule's threshold over the council's whole membership.
 */
public final class CouncilBallots {
    private final RosterService roster;

    public CouncilBallots(RosterService roster) {
        this.roster = roster;
    }

    /**
     * @param members the council's total membership (absent members' written votes are in {@code agree})
     * @param agree   votes in favour by candidate id; a qualifying candidate without a count is left off
     */
    public List<Vote> lines(TitleResult result, int members, Map<String, Integer> agree) {
        List<Vote> lines = new ArrayList<>();
        for (Verdict v : result.verdicts()) {
            Integer votes = agree.get(v.candidate().id());
            if (v.status() != Status.QUALIFIES || votes == null) {
                continue;
            }
            BallotCheck ballot = BallotCheck.of(result.rule(), members, votes);
            Candidate c = v.candidate();
            if (c.kind() == SubjectKind.PERSON) {
                Person person = roster.get(c.id());
                String position = Objects.toString(person.details().position(), "");
                lines.add(new Vote(null, c.id(), c.name(), person.details().rank(),
                        position.isEmpty() ? c.unitName() : position + ", " + c.unitName(), false, result.rule().name(), votes,
                        ballot.passed(), ""));
            } else {
                lines.add(new Vote(null, null, c.name(), "", c.unitName(), true, result.rule().name(), votes, ballot.passed(), "", c.id()));
            }
        }
        return lines;
    }
}
