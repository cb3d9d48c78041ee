package vn.tdkt.org;

/** A roster line as lists show it: the person with the code and name of their unit. */
public record RosterEntry(Person person, String unitCode, String unitName) {
}
