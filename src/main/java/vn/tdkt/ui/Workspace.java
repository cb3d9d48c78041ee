package vn.tdkt.ui;

import java.util.List;
import vn.tdkt.core.Messages;
import vn.tdkt.db.Kernel;

/**
 * An opened data folder as the shell needs it: the kernel (file, backups, folder), the preferences
 * read from it, and every feature's pages in navigation order.
 */
public record Workspace(Kernel kernel, Messages messages, boolean darkTheme, String unitName,
                        List<NavigationEntry> pages) {
}
