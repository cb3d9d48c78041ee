package vn.tdkt.ui;

import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Tear-down for tests that open the real shell: close it and hide its window on the FX thread, and wait. */
public final class ShellWindows {
    private ShellWindows() {
    }

    /** The navigation's lines, in order. */
    public static java.util.List<javafx.scene.control.ToggleButton> navigationLines(org.testfx.api.FxRobot robot) {
        return robot.lookup(".navigation .nav-item").queryAllAs(javafx.scene.control.ToggleButton.class).stream().toList();
    }

    /** The id of the page the navigation shows as chosen, empty when none is. */
    public static String chosenInNavigation(org.testfx.api.FxRobot robot) {
        return navigationLines(robot).stream().filter(javafx.scene.control.ToggleButton::isSelected)
                .map(line -> ((NavigationEntry) line.getUserData()).id()).findFirst().orElse("");
    }

    public static void close(Shell shell) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            shell.close();
            shell.stage().hide();
        }).get(10, TimeUnit.SECONDS);
    }
}
