package vn.tdkt.cli;

import java.io.PrintStream;
import java.util.List;
import vn.tdkt.core.Messages;

/**
 * What a command gets from the command line: its arguments, where to print, and the text. The data
 * folder's services come through the command's feature; they open the folder only when first used.
 */
public record CommandContext(List<String> args, PrintStream out, PrintStream err, Messages messages) {
    public void say(String key, Object... values) {
        out.println(messages.get(key, values));
    }
}
