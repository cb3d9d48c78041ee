package vn.tdkt.award.ui;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.ui.Shell;

/** The window as the officer sees it, saved under target/screenshots to be looked at. */
final class PageShots {
    private PageShots() {
    }

    static void save(Shell shell, String name) throws Exception {
        save(shell.stage().getScene(), name);
    }

    /** Any window's scene, such as a dialog's. */
    static void save(javafx.scene.Scene scene, String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        javax.imageio.ImageIO.write(out, "png", target.toFile());
    }
}
