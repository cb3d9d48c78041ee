package vn.tdkt.exchange;

/** One check a package passed, as a message key and its arguments, for {@code package verify} to print. */
public record Check(String key, Object... args) {
}
