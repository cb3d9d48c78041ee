package vn.tdkt.org;

/** What an import wrote; {@code leftForReview} rows were not written because nobody decided what they are. */
public record ImportResult(int added, int updated, int rejected, int leftForReview) {
}
