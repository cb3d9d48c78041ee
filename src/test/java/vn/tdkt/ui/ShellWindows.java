package vn.tdkt.ui;

import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Set-up and tear-down for tests that open the real shell. */
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

    /** The folder's shell on the stage, at this size, shown; the folder is opened off the FX thread. */
    public static Shell openAt(vn.tdkt.AppContext app, javafx.stage.Stage stage, double width, double height) {
        Shell shell = Shell.open(OffFxThread.call(app::open), stage, RecordingDialogs::new);
        stage.setMaximized(false);
        stage.setWidth(width);
        stage.setHeight(height);
        stage.show();
        return shell;
    }

    /** Waits for the shell's background work to end, then closes it and hides its window on the FX thread. */
    public static void close(Shell shell) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> shell.ui().tasks().running().isEmpty());
        WaitForAsyncUtils.asyncFx(() -> {
            shell.close();
            shell.stage().hide();
        }).get(10, TimeUnit.SECONDS);
    }
}
