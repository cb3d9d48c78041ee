package vn.tdkt.exemplar;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Generated evidence for the sample data and the bench: photo-like JPEGs (no real people) of a chosen size. */
public final class SampleEvidence {
    private SampleEvidence() {
    }

    /**
     * A landscape "photo" with noise so the JPEG does not shrink to nothing: about {@code width × height × 0.2}
     * bytes at quality 0.9 (4000 × 2600 gives about 2 MB).
     */
    public static byte[] photo(int width, int height, String label, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Random random = new Random(seed);
        g.setPaint(new GradientPaint(0, 0, new Color(96, 140, 90), width, height, new Color(190, 200, 150)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 60; i++) {
            g.setColor(new Color(random.nextInt(120) + 60, random.nextInt(120) + 80, random.nextInt(90) + 40));
            int r = random.nextInt(Math.max(2, width / 6)) + 4;
            g.fillOval(random.nextInt(width), random.nextInt(height), r, r);
        }
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            image.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int n = random.nextInt(48) - 24;
                int p = row[x];
                row[x] = (clamp(((p >> 16) & 0xFF) + n) << 16) | (clamp(((p >> 8) & 0xFF) + n) << 8) | clamp((p & 0xFF) + n);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        g.setColor(new Color(255, 255, 255, 220));
        g.setStroke(new BasicStroke(Math.max(2, width / 400f)));
        g.drawRect(width / 20, height / 20, width - width / 10, height - height / 10);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, height / 14)));
        g.drawString(label, width / 12, height - height / 8);
        g.dispose();
        return jpeg(image, 0.9f);
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] jpeg(BufferedImage image, float quality) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
