package vn.tdkt.scoring;

import java.util.List;

/** A heading of a criteria set ("Huấn luyện, sẵn sàng chiến đấu") with its points and threshold criteria. */
public record CriteriaGroup(String id, String name, List<Criterion> criteria) {
    public CriteriaGroup {
        criteria = List.copyOf(criteria);
    }

    /** The most the group's criteria can earn. */
    public double maxPoints() {
        return criteria.stream().mapToDouble(Criterion::maxPoints).sum();
    }
}
