package vn.tdkt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;

/** The navigation is drawn from what the features declare: opening the window builds only the page shown. */
@ExtendWith(ApplicationExtension.class)
class NavigationEntryTest {
    @TempDir
    Path dir;

    private AppContext app;
    private Shell shell;
    private Workspace opened;
    private final List<String> built = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir), Clock.systemDefaultZone());
        opened = OffFxThread.call(app::open);
        // The same entries, each noting when its page is built.
        List<NavigationEntry> counted = opened.pages().stream().map(entry -> new NavigationEntry(entry.id(), entry.titleKey(), entry.icon(), ui -> {
            built.add(entry.id());
            return entry.factory().apply(ui);
        })).toList();
        Workspace workspace = new Workspace(opened.kernel(), opened.messages(), opened.darkTheme(), opened.unitName(), counted);
        shell = Shell.open(workspace, stage, RecordingDialogs::new);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        ShellWindows.close(shell);
        app.close();
    }

    @Test
    void theWindowOpensBuildingOnlyThePageItShowsAndEachOtherPageWhenOpened(FxRobot robot) throws Exception {
        assertThat(built).as("only the first page, not every page to read its title").containsExactly("overview");
        robot.clickOn(shell.ui().text("page.roster"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(built).containsExactly("overview", "roster");
        WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> !shell.ui().tasks().busy().get());
    }

    @Test
    void everyEntryHasAnIconIkonliKnowsAndATitleInBothLanguages() {
        assertThat(opened.pages()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(entry -> {
            assertThat(new FontIcon(entry.icon()).getIconCode().getDescription()).as("Ikonli knows the icon").isEqualTo(entry.icon());
            assertThat(Messages.vietnamese().get(entry.titleKey())).isNotBlank().isNotEqualTo(entry.titleKey());
            assertThat(new Messages(java.util.Locale.ENGLISH).get(entry.titleKey())).isNotBlank().isNotEqualTo(entry.titleKey());
        });
        assertThat(opened.pages()).extracting(NavigationEntry::id).doesNotHaveDuplicates();
    }
}
