package vn.tdkt.plan;

/** How many of a unit's people (itself and everything below it) have registered a title this year. */
public record Coverage(String unitId, String unitName, int people, int registered) {
    public double share() {
        return people == 0 ? 0 : registered * 100.0 / people;
    }
}
