package vn.tdkt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;

class InstanceLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondOpenOfTheSameFolderIsRefusedUntilTheFirstCloses() {
        DataFolder folder = new DataFolder(dir);
        try (InstanceLock first = InstanceLock.acquire(folder)) {
            assertThatThrownBy(() -> InstanceLock.acquire(folder))
                    .isInstanceOf(AppException.class)
                    .satisfies(e -> assertThat(((AppException) e).messageKey()).isEqualTo("error.instance.running"));
        }
        InstanceLock.acquire(folder).close();
    }

    @Test
    void anotherProcessIsRefusedWhileThisOneHoldsTheFolder() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (InstanceLock held = InstanceLock.acquire(folder)) {
            String javaBinary = ProcessHandle.current().info().command().orElse("java");
            Process other = new ProcessBuilder(List.of(javaBinary, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                    "vn.tdkt.Main", "--data", dir.toString(), "check"))
                    .redirectErrorStream(true).start();
            String output = new String(other.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(other.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(other.exitValue()).isEqualTo(1);
            assertThat(output).contains("Chương trình đang chạy với thư mục dữ liệu");
        }
    }
}
