package vn.tdkt.award.certificate;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.awt.print.Pageable;
import java.awt.print.Paper;
import java.awt.print.Printable;
import java.awt.print.PrinterException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Printers for tests: names given, and each job handed over recorded page by page while its document is open — the
 * page's format in points, and where its ink lands when the page is drawn 1:1 on the sheet as given and on a sheet
 * whose printer cannot reach the outer quarter inch (so scaling to fit would show as a different ink box).
 */
public final class RecordingPrinters implements Printers {
    /** A margin a real printer might keep: a quarter inch, in points. */
    static final double MARGIN = 18;

    public record Page(double width, double height, double imageableX, double imageableY, double imageableWidth, double imageableHeight,
                       Rectangle ink, Rectangle inkWithMargins) {
    }

    public record Job(String printer, String name, List<Page> pages) {
    }

    private final List<String> names;
    private final List<Job> jobs = new CopyOnWriteArrayList<>();

    public RecordingPrinters(String... names) {
        this.names = List.of(names);
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public void submit(String printer, String jobName, Pageable pages) throws PrinterException {
        List<Page> recorded = new ArrayList<>();
        for (int i = 0; i < pages.getNumberOfPages(); i++) {
            PageFormat format = pages.getPageFormat(i);
            Rectangle ink = ink(pages.getPrintable(i), format, i);
            Rectangle inkWithMargins = ink(pages.getPrintable(i), withMargins(format), i);
            recorded.add(new Page(format.getWidth(), format.getHeight(), format.getImageableX(), format.getImageableY(),
                    format.getImageableWidth(), format.getImageableHeight(), ink, inkWithMargins));
        }
        jobs.add(new Job(printer, jobName, List.copyOf(recorded)));
    }

    public List<Job> jobs() {
        return List.copyOf(jobs);
    }

    private static PageFormat withMargins(PageFormat format) {
        Paper paper = (Paper) format.getPaper().clone();
        paper.setImageableArea(MARGIN, MARGIN, paper.getWidth() - 2 * MARGIN, paper.getHeight() - 2 * MARGIN);
        PageFormat narrower = (PageFormat) format.clone();
        narrower.setPaper(paper);
        return narrower;
    }

    /** The box around every non-white pixel of the page drawn at 72 dpi, one pixel a point. */
    private static Rectangle ink(Printable printable, PageFormat format, int index) throws PrinterException {
        BufferedImage image = new BufferedImage((int) Math.ceil(format.getWidth()), (int) Math.ceil(format.getHeight()), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        int drawn = printable.print(g, format, index);
        g.dispose();
        if (drawn != Printable.PAGE_EXISTS) {
            throw new AssertionError("page " + index + " was not drawn");
        }
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return maxX < 0 ? new Rectangle() : new Rectangle(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }
}
