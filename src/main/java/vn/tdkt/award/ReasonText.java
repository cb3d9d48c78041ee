package vn.tdkt.award;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.Messages;

/** A reason as the officer reads it: "✓ Phân loại năm 2026: HTXSNV …", its parts filled into its sentence. */
public final class ReasonText {
    private final Messages messages;

    public ReasonText(Messages messages) {
        this.messages = messages;
    }

    /** The sentence with its ✓ / ✗ mark. */
    public String marked(Reason reason) {
        return (reason.met() ? "✓ " : "✗ ") + sentence(reason);
    }

    public String sentence(Reason reason) {
        List<Object> args = new ArrayList<>(reason.args());
        if (reason.parts() != null) {
            List<String> parts = reason.parts().stream().map(p -> p.evidence() ? sentence(p) : marked(p)).toList();
            args.add(parts.isEmpty() ? "" : String.join(separator(reason), parts));
        }
        return messages.get(reason.key(), args.toArray());
    }

    /** All reasons of a verdict, one a line. */
    public String lines(Verdict verdict) {
        return String.join("\n", verdict.reasons().stream().map(this::marked).toList());
    }

    private static String separator(Reason reason) {
        return reason.parts().getFirst().evidence() ? ", " : "; ";
    }
}
