package vn.tdkt.cli;

import vn.tdkt.core.AppException;

/** The command line was wrong: exit code 2 with the message. */
public final class UsageException extends AppException {
    public UsageException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
