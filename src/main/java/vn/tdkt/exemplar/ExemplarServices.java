package vn.tdkt.exemplar;

/** What the ĐHTT feature offers: its use cases and its documents. */
public record ExemplarServices(ExemplarService exemplars, ExemplarDocuments documents) {
}
