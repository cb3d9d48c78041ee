package vn.tdkt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class WindowStateTest {
    @TempDir
    Path dir;

    @Test
    void whatAViewRemembersIsThereAtTheNextStart() throws Exception {
        Path file = dir.resolve("window.properties");
        WindowState first = new WindowState(file);
        assertThat(first.number("roster.panelDivider", 0.66)).isEqualTo(0.66);
        first.remember("roster.panelDivider", 0.58);
        WaitForAsyncUtils.asyncFx(() -> first.save(new Stage(), "roster")).get();

        WindowState next = new WindowState(file);
        assertThat(next.number("roster.panelDivider", 0.66)).isEqualTo(0.58);
        assertThat(next.lastPage()).isEqualTo("roster");
    }

    @Test
    void aDamagedValueFallsBackInsteadOfFailingTheStart() throws Exception {
        Path file = dir.resolve("window.properties");
        Files.writeString(file, "view.roster.panelDivider=không phải số\n");
        assertThat(new WindowState(file).number("roster.panelDivider", 0.66)).isEqualTo(0.66);
    }
}
