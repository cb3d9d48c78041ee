package vn.tdkt.scoring;

/** A member's place in a ranking; equal members share a rank. {@code band} is empty below the lowest band. */
public record Standing(Member member, Totals totals, int rank, String band) {
}
