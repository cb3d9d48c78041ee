package vn.tdkt.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;

class WindowingFailureTest {
    @TempDir
    Path dir;

    @Test
    void noDisplayNoGtkAndAnythingElseGetTheirOwnSentence() {
        assertThat(WindowingFailure.explain(new UnsupportedOperationException("Unable to open DISPLAY")).messageKey())
                .isEqualTo("error.window.noDisplay");
        assertThat(WindowingFailure.explain(new UnsupportedOperationException("Unable to load glass GTK library.")).messageKey())
                .isEqualTo("error.window.noGtk");
        assertThat(WindowingFailure.explain(new UnsatisfiedLinkError("libgtk-3.so.0: cannot open shared object file")).messageKey())
                .isEqualTo("error.window.noGtk");
        AppException other = WindowingFailure.explain(new RuntimeException("No toolkit"));
        assertThat(other.messageKey()).isEqualTo("error.window.unavailable");
        assertThat(Messages.vietnamese().describe(other)).startsWith("Không mở được cửa sổ chương trình (No toolkit)");
    }

    /** The real start without a usable display: one Vietnamese sentence, exit 1, no stack trace. */
    @Test
    @EnabledOnOs(OS.LINUX)
    void startingTheAppWithoutADisplaySaysSoInOneSentenceAndExitsOne() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "vn.tdkt.Main", "--data", dir.toString()));
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("DISPLAY", ":4242");
        Process app = builder.start();
        String out = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(app.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(app.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(app.exitValue()).isEqualTo(1);
        assertThat(err).contains(Messages.vietnamese().get("error.window.noDisplay"));
        assertThat(out + err).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
