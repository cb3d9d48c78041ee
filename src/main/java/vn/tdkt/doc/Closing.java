package vn.tdkt.doc;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.VietnameseText;

/**
 * The end of a document: "Nơi nhận:" at the bottom left (when there are recipients) and the signature
 * blocks, laid out two per row, a lone signature on the right. Kept on one page.
 */
public record Closing(List<String> recipients, List<Signature> signatures) implements Block {
    public static final String RECIPIENTS_LABEL = "Nơi nhận:";

    public Closing {
        recipients = recipients.stream().map(VietnameseText::clean).toList();
        signatures = List.copyOf(signatures);
    }

    /** One slot of the two-column layout: the recipients list, a signature, or nothing. */
    public sealed interface Slot permits RecipientsSlot, SignatureSlot, EmptySlot {
    }

    public record RecipientsSlot(List<String> recipients) implements Slot {
    }

    public record SignatureSlot(Signature signature) implements Slot {
    }

    public record EmptySlot() implements Slot {
    }

    /** The slots row by row, two per row. */
    public List<List<Slot>> rows() {
        List<Slot> slots = new ArrayList<>();
        if (!recipients.isEmpty()) {
            slots.add(new RecipientsSlot(recipients));
        }
        signatures.forEach(signature -> slots.add(new SignatureSlot(signature)));
        if (slots.size() % 2 == 1) {
            slots.add(slots.size() - 1, new EmptySlot());
        }
        List<List<Slot>> rows = new ArrayList<>();
        for (int i = 0; i < slots.size(); i += 2) {
            rows.add(List.of(slots.get(i), slots.get(i + 1)));
        }
        return rows;
    }
}
