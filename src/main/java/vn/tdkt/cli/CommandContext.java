package vn.tdkt.cli;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;

/** What a command gets: the data folder, its arguments, where to print, and the text in the user's language. */
public record CommandContext(DataFolder folder, List<String> args, PrintStream out, PrintStream err, Messages messages, Clock clock) {
    /** Opens the data folder (instance lock, database, services); the caller closes it. */
    public AppContext open() {
        return AppContext.open(folder, clock);
    }

    public void say(String key, Object... values) {
        out.println(messages.get(key, values));
    }
}
