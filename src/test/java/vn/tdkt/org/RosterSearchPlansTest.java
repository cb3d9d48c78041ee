package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.AppContext;
import vn.tdkt.core.Progress;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.DataFolder;

/**
 * Both search plans give what a plain reading of the roster gives: on 3,000 sample people a common
 * prefix ("n") walks the name order for its first page while every other query starts from its rarest
 * word, and each first page and each full list must equal the brute-force answer, in Vietnamese order.
 */
class RosterSearchPlansTest {
    @TempDir
    static Path dir;
    static AppContext app;
    static List<String> everyone;

    @BeforeAll
    static void roster() {
        app = AppContext.open(new DataFolder(dir.resolve("data")), OrgFixture.CLOCK);
        app.database().transaction(() -> new SampleRoster(app.units(), app.roster()).create(3_000, Progress.NONE));
        everyone = app.roster().search(RosterQuery.ALL).stream().map(e -> e.person().fullName()).toList();
        assertThat(everyone).hasSizeGreaterThanOrEqualTo(3_000);
    }

    @AfterAll
    static void close() {
        app.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"n", "t", "nguyen", "nguyen van h", "NGUYỄN văn Hùng", "h nguyen", "thi hoa", "tran duc",
        "van", "đ", "hoang hoang", "le thi", "zz", "nguyen van hung x"})
    void everyPlanFindsWhatReadingTheWholeRosterFinds(String text) {
        List<String> expected = everyone.stream().filter(name -> matches(name, text)).sorted(VietnameseNames.nameOrder()).toList();

        List<String> firstPage = app.roster().page(RosterQuery.text(text), 0, RosterService.FIRST_PAGE).stream()
                .map(e -> e.person().fullName()).toList();
        List<String> all = app.roster().search(RosterQuery.text(text)).stream().map(e -> e.person().fullName()).toList();

        assertThat(all).containsExactlyElementsOf(expected);
        assertThat(firstPage).containsExactlyElementsOf(expected.subList(0, Math.min(RosterService.FIRST_PAGE, expected.size())));
        assertThat(app.roster().count(RosterQuery.text(text))).isEqualTo(expected.size());
    }

    /** Every word typed starts a word of the name, diacritics and case ignored. */
    private static boolean matches(String name, String text) {
        List<String> words = Arrays.asList(VietnameseText.fold(name).split(" "));
        return Arrays.stream(VietnameseText.fold(text).split(" ")).filter(w -> !w.isEmpty())
                .allMatch(typed -> words.stream().anyMatch(word -> word.startsWith(typed)));
    }
}
