import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * Draws the app icon (a gold star on a red rounded square: the star of commendation) at every size
 * the window, the Linux menu and Windows need. Run from the repository root when the icon changes:
 * {@code java packaging/icons/MakeIcons.java}. Writes src/main/resources/ui/icon/tdkt-SIZE.png (window),
 * packaging/linux/resources/tdkt.png (jpackage takes the .deb's icon from its resource folder) and
 * packaging/windows/tdkt.ico (PNG entries, which Windows Vista and later read).
 */
public final class MakeIcons {
    private static final int[] SIZES = {16, 24, 32, 48, 64, 128, 256};

    public static void main(String[] args) throws IOException {
        Path pngs = Files.createDirectories(Path.of("src/main/resources/ui/icon"));
        List<byte[]> entries = new ArrayList<>();
        for (int size : SIZES) {
            byte[] png = png(draw(size));
            Files.write(pngs.resolve("tdkt-" + size + ".png"), png);
            entries.add(png);
        }
        Files.write(Path.of("packaging/linux/resources/tdkt.png"), entries.getLast());
        Files.write(Path.of("packaging/windows/tdkt.ico"), ico(entries));
    }

    private static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double margin = size * 0.04;
        double side = size - 2 * margin;
        RoundRectangle2D square = new RoundRectangle2D.Double(margin, margin, side, side, side * 0.22, side * 0.22);
        g.setPaint(new GradientPaint(0, 0, new Color(0xC6, 0x28, 0x28), 0, size, new Color(0x8E, 0x15, 0x15)));
        g.fill(square);
        if (size >= 32) {
            g.setStroke(new BasicStroke((float) (size / 64.0)));
            g.setColor(new Color(0xFF, 0xD5, 0x4F, 0x90));
            g.draw(square);
        }
        g.setColor(new Color(0xFF, 0xD5, 0x4F));
        g.fill(star(size / 2.0, size * 0.53, size * 0.36));
        g.dispose();
        return image;
    }

    /** A five-pointed star, one point up, centred on (cx, cy) with outer radius r. */
    private static Path2D star(double cx, double cy, double r) {
        double inner = r * 0.382;
        Path2D.Double path = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? r : inner;
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double x = cx + radius * Math.cos(angle);
            double y = cy + radius * Math.sin(angle);
            if (i == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** An .ico file: the ICONDIR header, one ICONDIRENTRY per size, then the PNG data. */
    private static byte[] ico(List<byte[]> pngs) {
        int headerSize = 6 + 16 * pngs.size();
        int total = headerSize + pngs.stream().mapToInt(p -> p.length).sum();
        ByteBuffer buffer = ByteBuffer.allocate(total).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putShort((short) 0).putShort((short) 1).putShort((short) pngs.size());
        int offset = headerSize;
        for (int i = 0; i < pngs.size(); i++) {
            int size = SIZES[i];
            buffer.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
            buffer.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
            buffer.putInt(pngs.get(i).length).putInt(offset);
            offset += pngs.get(i).length;
        }
        pngs.forEach(buffer::put);
        return buffer.array();
    }
}
