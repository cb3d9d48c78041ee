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
    void aLockTakenAheadIsKeptByTheOpeningAndLetGoOnClose() {
        DataFolder folder = new DataFolder(dir);
        Kernel first = Kernel.at(folder, java.time.Clock.systemDefaultZone()).lock();
        assertThat(first.isOpen()).as("only the lock is taken, the file not yet opened").isFalse();
        assertThatThrownBy(() -> Kernel.at(folder, java.time.Clock.systemDefaultZone()).lock())
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).messageKey()).isEqualTo("error.instance.running"));
        first.open();
        assertThat(first.database().schemaVersion()).isNotEmpty();
        assertThatThrownBy(() -> Kernel.at(folder, java.time.Clock.systemDefaultZone()).open())
                .isInstanceOf(AppException.class);
        first.close();
        Kernel.at(folder, java.time.Clock.systemDefaultZone()).lock().close();
    }

    @Test
    void aLockTakenAheadOfAnOpeningThatNeverCameIsLetGoOnClose() {
        DataFolder folder = new DataFolder(dir);
        Kernel.at(folder, java.time.Clock.systemDefaultZone()).lock().close();
        try (InstanceLock again = InstanceLock.acquire(folder)) {
            assertThat(again).isNotNull();
        }
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
