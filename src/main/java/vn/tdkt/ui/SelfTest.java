package vn.tdkt.ui;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.core.StartTimes;

/**
 * The real window on JavaFX's headless platform: opens every page of the navigation, waits for its
 * background work, and optionally saves a 1366×768 picture of each. Prints {@code startup_ms} (JVM start to
 * window shown, on the JVM's own uptime clock: {@code RuntimeMXBean.getStartTime()} is taken after the VM has mapped
 * its class archive, ≈200 ms later with the AOT cache), {@code first_page_ms} (to the data folder open and the first
 * page in the window), {@code pages} and {@code rss_mb}; with {@code hold} it then waits for a line on standard input
 * before closing the window.
 */
public final class SelfTest {
    public static final double WIDTH = 1366;
    public static final double HEIGHT = 768;
    private static final long PAGE_TIMEOUT_SECONDS = 60;

    private SelfTest() {
    }

    public static int run(Startup startup, Path screenshots, boolean hold, PrintStream out, PrintStream err) {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
        // A page that queries the database on the FX thread fails the self-test (see db.FxThreadGuard).
        System.setProperty("tdkt.db.forbidFxThread", "true");
        List<Throwable> uncaught = java.util.Collections.synchronizedList(new ArrayList<>());
        try {
            // As the app does: the folder opens while the toolkit starts and the window is drawn.
            Opening opening = Opening.start(startup);
            CompletableFuture<Void> started = new CompletableFuture<>();
            Platform.startup(() -> {
                StartTimes.reached("toolkit");
                started.complete(null);
            });
            started.get(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            WindowWarmUp.start();
            Opening.await(opening.locked());
            Platform.setImplicitExit(false);
            onFx(() -> {
                Thread.currentThread().setUncaughtExceptionHandler((t, e) -> uncaught.add(e));
                return null;
            });
            RecordingDialogs[] dialogs = new RecordingDialogs[1];
            Shell frame = onFx(() -> {
                Stage stage = new Stage();
                Shell drawn = Shell.frame(stage, startup.folder(), startup.pages(), messages -> dialogs[0] = new RecordingDialogs(messages));
                stage.setMaximized(false);
                stage.setWidth(WIDTH);
                stage.setHeight(HEIGHT);
                stage.show();
                StartTimes.reached("window.shown");
                return drawn;
            });
            if (screenshots != null) {
                // The window as the officer sees it in the first second, before the folder is open.
                saveScreenshot(frame, screenshots.resolve("opening.png"));
            }
            Workspace workspace = Opening.await(opening.opened());
            Shell shell = onFx(() -> {
                Shell attached = frame.attach(workspace);
                StartTimes.reached("page.shown");
                return attached;
            });
            int opened = 0;
            for (NavigationEntry page : shell.window().pages()) {
                String failure = openPage(shell, page, screenshots, dialogs[0], uncaught);
                if (failure != null) {
                    err.println("selftest: page " + page.id() + " failed: " + failure);
                    onFx(() -> {
                        shell.stage().hide();
                        return null;
                    });
                    Platform.exit();
                    return 1;
                }
                opened++;
            }
            out.println("startup_ms=" + StartTimes.at("window.shown"));
            out.println("first_page_ms=" + StartTimes.at("page.shown"));
            out.println("startup_steps: " + StartTimes.describe());
            out.println("pages=" + opened);
            residentMegabytes().ifPresent(mb -> out.println("rss_mb=" + mb));
            if (hold) {
                out.println("holding: pid=" + ProcessHandle.current().pid() + ", press Enter to close");
                out.flush();
                new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)).readLine();
            }
            onFx(() -> {
                shell.close();
                shell.stage().hide();
                return null;
            });
            Platform.exit();
            return 0;
        } catch (ExecutionException | TimeoutException e) {
            err.println("selftest: " + e.getCause());
            return 1;
        } catch (java.io.IOException e) {
            err.println("selftest: " + e);
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static String openPage(Shell shell, NavigationEntry page, Path screenshots, RecordingDialogs dialogs, List<Throwable> uncaught)
            throws InterruptedException, TimeoutException {
        int errorsBefore = dialogs.errors().size();
        try {
            onFx(() -> {
                shell.window().show(page.id());
                return null;
            });
            waitUntilIdle(shell);
            if (!uncaught.isEmpty()) {
                return uncaught.getFirst().toString();
            }
            if (dialogs.errors().size() > errorsBefore) {
                return dialogs.errors().getLast();
            }
            if (screenshots != null) {
                saveScreenshot(shell, screenshots.resolve(page.id() + ".png"));
            }
            return null;
        } catch (ExecutionException e) {
            return e.getCause().toString();
        }
    }

    private static void saveScreenshot(Shell shell, Path file) throws InterruptedException, ExecutionException, TimeoutException {
        WritableImage image = onFx(() -> {
            Scene scene = shell.stage().getScene();
            return scene.snapshot(null);
        });
        SafeFiles.write(file, stream -> ImageIO.write(toBufferedImage(image), "png", stream));
    }

    /** Waits until the page's background tasks are done and a few pulses have laid it out. */
    private static void waitUntilIdle(Shell shell) throws InterruptedException, ExecutionException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PAGE_TIMEOUT_SECONDS);
        while (onFx(() -> shell.ui().tasks().busy().get())) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("background work did not finish");
            }
            Thread.sleep(20);
        }
        for (int i = 0; i < 3; i++) {
            onFx(() -> {
                shell.stage().getScene().getRoot().applyCss();
                shell.stage().getScene().getRoot().layout();
                return null;
            });
            Thread.sleep(30);
        }
    }

    private static <T> T onFx(Callable<T> action) throws InterruptedException, ExecutionException, TimeoutException {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(PAGE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }

    /** The process's resident memory where the OS tells it (Linux /proc); empty elsewhere. */
    private static java.util.OptionalLong residentMegabytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return java.util.OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return java.util.OptionalLong.empty();
        }
        return java.util.OptionalLong.empty();
    }

    /** Copies a JavaFX image into an AWT one (no javafx-swing needed). */
    public static BufferedImage toBufferedImage(WritableImage image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            reader.getPixels(0, y, width, 1, javafx.scene.image.PixelFormat.getIntArgbInstance(), row, 0, width);
            out.setRGB(0, y, width, 1, row, 0, width);
        }
        return out;
    }
}
