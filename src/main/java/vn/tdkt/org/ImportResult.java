package vn.tdkt.org;

/** What an import wrote. */
public record ImportResult(int added, int updated, int rejected) {
}
