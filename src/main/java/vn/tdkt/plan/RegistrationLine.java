package vn.tdkt.plan;

/**
 * A registration as lists, exports and the bảng tổng hợp show it: who (person with rank and position, or
 * unit), the unit they belong to, what they registered.
 */
public record RegistrationLine(Registration registration, String name, String rank, String position, String unitCode,
                               String unitName) {
}
