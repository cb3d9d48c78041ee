package vn.tdkt.frame;

import java.util.List;
import vn.tdkt.core.Messages;

/**
 * A short list the overview shows under its cards: what needs the officer's attention now (stalled
 * models, overdue targets), so nothing is looked at only when awards are due.
 */
public interface Watch {
    /** Message key of the list's heading. */
    String titleKey();

    /** The items now, one line each in the user's language; reads the database, so it runs off the FX thread. */
    List<String> items(Messages messages);
}
