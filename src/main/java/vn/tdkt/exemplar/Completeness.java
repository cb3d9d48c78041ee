package vn.tdkt.exemplar;

import java.util.List;

/** What a dossier needs before it can go upward, item by item, in the order the hồ sơ tells it. */
public record Completeness(List<Item> items) {
    public enum Part { PROFILE, PLAN, CHECKS, SUMMARY, EVIDENCE, REPLICATION }

    /** One item: met or not; {@code count} and {@code needed} for the parts that count records. */
    public record Item(Part part, boolean met, int count, int needed) {
        public String messageKey() {
            return "exemplar.complete." + part.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean complete() {
        return items.stream().allMatch(Item::met);
    }

    public List<Part> missing() {
        return items.stream().filter(i -> !i.met()).map(Item::part).toList();
    }
}
