package vn.tdkt.ui;

import java.util.Locale;
import vn.tdkt.core.Messages;
import vn.tdkt.core.VietnameseNames;

/**
 * The language and theme the window is drawn in. They are settings in the data file, but the window shows before the
 * file is open, so the last ones opened are remembered beside the window's size ({@link WindowState}).
 */
public record Look(Locale language, boolean dark) {
    /** A first start: Vietnamese, light. */
    public static final Look DEFAULT = new Look(VietnameseNames.VIETNAMESE, false);

    public static Look of(Workspace workspace) {
        return new Look(workspace.messages().locale(), workspace.darkTheme());
    }

    public Messages messages() {
        return new Messages(language);
    }
}
