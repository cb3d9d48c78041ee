package vn.tdkt.exemplar;

import com.itextpdf.kernel.pdf.PdfDocument;
import com.itextpdf.kernel.pdf.PdfReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.imageio.ImageIO;
import vn.tdkt.core.AppException;

/**
 * Recognises an evidence file by its content (never its name), proves it whole before anything is
 * stored, and draws its thumbnail. JPEG, PNG and PDF only: what scanners, phones and newspapers give.
 */
public final class EvidenceFiles {
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";
    public static final String PDF = "application/pdf";
    private static final int THUMBNAIL = 160;

    private EvidenceFiles() {
    }

    /** A checked file: its type, hash and thumbnail (PNG; null for a PDF). */
    public record Checked(String mediaType, String sha256, byte[] thumbnail) {
    }

    /** Checks {@code bytes} named {@code fileName} (for messages only); refuses with a Vietnamese reason. */
    public static Checked check(String fileName, byte[] bytes, long maxBytes) {
        if (bytes.length == 0) {
            throw new AppException("exemplar.evidence.error.empty", fileName);
        }
        if (bytes.length > maxBytes) {
            throw new AppException("exemplar.evidence.error.tooLarge", fileName, megabytes(bytes.length), megabytes(maxBytes));
        }
        String type = mediaType(bytes);
        if (type == null) {
            throw new AppException("exemplar.evidence.error.unsupported", fileName);
        }
        byte[] thumbnail = type.equals(PDF) ? checkPdf(fileName, bytes) : checkImage(fileName, type, bytes);
        return new Checked(type, sha256(bytes), thumbnail);
    }

    static String mediaType(byte[] b) {
        if (b.length > 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) {
            return JPEG;
        }
        if (b.length > 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return PNG;
        }
        if (b.length > 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return PDF;
        }
        return null;
    }

    /**
     * A JPEG must end with its end-of-image marker: ImageIO decodes a cut-off JPEG with only a warning
     * and grey rows, which would put half a photo in a dossier.
     */
    private static byte[] checkImage(String fileName, String type, byte[] bytes) {
        if (type.equals(JPEG) && !endsWithEoi(bytes)) {
            throw new AppException("exemplar.evidence.error.broken", fileName);
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException | RuntimeException e) {
            throw new AppException(e, "exemplar.evidence.error.broken", fileName);
        }
        if (image == null) {
            throw new AppException("exemplar.evidence.error.broken", fileName);
        }
        return thumbnail(image);
    }

    /** Trailing padding after FFD9 is common from some cameras; allow a little. */
    private static boolean endsWithEoi(byte[] bytes) {
        for (int i = bytes.length - 2; i >= Math.max(0, bytes.length - 64); i--) {
            if ((bytes[i] & 0xFF) == 0xFF && (bytes[i + 1] & 0xFF) == 0xD9) {
                return true;
            }
        }
        return false;
    }

    private static byte[] checkPdf(String fileName, byte[] bytes) {
        try (PdfDocument pdf = new PdfDocument(new PdfReader(new ByteArrayInputStream(bytes)))) {
            if (pdf.getNumberOfPages() == 0) {
                throw new AppException("exemplar.evidence.error.broken", fileName);
            }
            pdf.getPage(1).getPageSize();
        } catch (AppException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new AppException(e, "exemplar.evidence.error.broken", fileName);
        }
        return null;
    }

    private static byte[] thumbnail(BufferedImage image) {
        double scale = Math.min(1.0, (double) THUMBNAIL / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String megabytes(long bytes) {
        return vn.tdkt.core.VietnameseNumbers.decimal(bytes / (1024.0 * 1024.0), 1);
    }
}
