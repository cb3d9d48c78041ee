package vn.tdkt.ui;

import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/** Tear-down for tests that open the real shell: close it and hide its window on the FX thread, and wait. */
public final class ShellWindows {
    private ShellWindows() {
    }

    public static void close(Shell shell) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            shell.close();
            shell.stage().hide();
        }).get(10, TimeUnit.SECONDS);
    }
}
