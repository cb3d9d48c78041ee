package vn.tdkt.scoring;

import java.util.List;
import vn.tdkt.core.Messages;

/** Why a value was refused: a message key and its arguments, put into words where it is shown. */
public record Problem(String key, List<Object> args) {
    public Problem(String key, Object... args) {
        this(key, List.of(args));
    }

    public String describe(Messages messages) {
        return messages.get(key, args.toArray());
    }
}
