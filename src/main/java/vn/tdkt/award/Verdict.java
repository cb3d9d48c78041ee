package vn.tdkt.award;

import java.util.List;

/** One candidate's verdict for one title, with the reason for every criterion. */
public record Verdict(Candidate candidate, String titleCode, Status status, List<Reason> reasons) {
    public Verdict {
        reasons = List.copyOf(reasons);
    }
}
