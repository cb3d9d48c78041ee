package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.ui.NavigationEntry;

/**
 * docs/huong-dan-su-dung.md walks through every page of the navigation: a page added without its section, or a
 * screenshot the guide names that `selftest --screenshots` no longer makes, is a guide that lies.
 */
class UserGuideTest {
    private static final Path GUIDE = Path.of("docs", "huong-dan-su-dung.md");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^]]*]\\((huong-dan/[^)]+)\\)");

    @TempDir
    Path dir;

    @Test
    void everyPageHasItsSectionAndScreenshot() throws Exception {
        String guide = Files.readString(GUIDE);
        Messages vietnamese = Messages.vietnamese();
        List<NavigationEntry> pages;
        AppContext app = AppContext.at(new DataFolder(dir), Clock.systemDefaultZone());
        try {
            pages = app.open().pages();
        } finally {
            app.close();
        }
        assertThat(pages).isNotEmpty();
        for (NavigationEntry page : pages) {
            String title = vietnamese.get(page.titleKey());
            assertThat(guide).as("the section of page %s", page.id()).contains("### " + title + "\n\n![Trang " + title + "](huong-dan/" + page.id() + ".png)");
        }
    }

    @Test
    void everyScreenshotItNamesIsThere() throws Exception {
        Matcher images = IMAGE.matcher(Files.readString(GUIDE));
        int count = 0;
        while (images.find()) {
            count++;
            assertThat(GUIDE.resolveSibling(images.group(1))).as(images.group(1)).isRegularFile();
        }
        assertThat(count).isPositive();
    }
}
