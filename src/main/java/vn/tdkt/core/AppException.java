package vn.tdkt.core;

import java.util.Arrays;

/**
 * A failure the user can understand: a message key in the resource bundles with its arguments.
 * The UI and the command line turn it into a Vietnamese sentence; the cause keeps the details for the log.
 */
public class AppException extends RuntimeException {
    private final String messageKey;
    private final transient Object[] args;

    public AppException(String messageKey, Object... args) {
        this(null, messageKey, args);
    }

    public AppException(Throwable cause, String messageKey, Object... args) {
        super(messageKey + " " + Arrays.toString(args), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
