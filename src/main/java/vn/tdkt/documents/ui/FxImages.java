package vn.tdkt.documents.ui;

import java.awt.image.BufferedImage;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/** Copies a rendered page into a JavaFX image without javafx-swing. */
final class FxImages {
    private FxImages() {
    }

    static Image toFx(BufferedImage page) {
        int width = page.getWidth();
        int height = page.getHeight();
        int[] pixels = page.getRGB(0, 0, width, height, null, 0, width);
        WritableImage image = new WritableImage(width, height);
        image.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        return image;
    }
}
