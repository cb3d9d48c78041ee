package vn.tdkt.doc;

import java.util.List;

/**
 * One thing a dossier contradicts itself on (a nominee the council rejected on a Tờ trình, a decision dated
 * before its proposal, …), as a message key and its values, so the check names it in the user's language.
 */
public record Contradiction(String messageKey, List<Object> args) {
    public Contradiction {
        args = List.copyOf(args);
    }

    public static Contradiction of(String messageKey, Object... args) {
        return new Contradiction(messageKey, List.of(args));
    }

    public Object[] argArray() {
        return args.toArray();
    }
}
