package vn.tdkt.award;

/**
 * Where a rule comes from: the document and, once checked, its article. An empty article means it has not been
 * checked against the text yet; the rule's note says so.
 */
public record LegalSource(String document, String article) {
    public LegalSource {
        article = article == null ? "" : article;
    }
}
