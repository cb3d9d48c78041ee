package vn.tdkt.ui;

import javafx.scene.image.Image;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;

/** What the About dialog says (version, license and where the source is, the folders) and the app's icon. */
public final class About {
    private static final int[] ICON_SIZES = {16, 24, 32, 48, 64, 128, 256};
    private static final vn.tdkt.core.Lazy<java.util.List<Image>> ICONS = vn.tdkt.core.Lazy.of(() -> java.util.Arrays.stream(ICON_SIZES)
            .mapToObj(size -> new Image(About.class.getResource("/ui/icon/tdkt-" + size + ".png").toExternalForm()))
            .toList());

    private About() {
    }

    /** The installed version (jpackage's launcher sets it), else the jar's; "dev" when run from classes. */
    public static String version() {
        String installed = System.getProperty("jpackage.app-version");
        String built = About.class.getPackage().getImplementationVersion();
        return installed != null ? installed : built != null ? built : "dev";
    }

    public static String text(Messages messages, DataFolder folder) {
        return messages.get("about.text", version(), folder.database().getParent(), folder.logs());
    }

    /**
     * The window icon at every size drawn (the same images as the installers' icons), decoded once: the start
     * decodes them beside the FX thread ({@link WindowWarmUp}).
     */
    public static java.util.List<Image> icons() {
        return ICONS.get();
    }
}
