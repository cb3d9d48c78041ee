package vn.tdkt.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.settings.Letterhead;

class RestoreTest {
    @TempDir
    Path dir;

    private static Letterhead letterhead(String unit) {
        return new Letterhead("Sư đoàn 399", unit, "TrĐ19", "Hà Tĩnh", "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "", "", "", 0);
    }

    @Test
    void aDamagedFileIsReplacedByTheBackupAndKeptBesideIt() throws Exception {
        DataFolder folder = new DataFolder(dir);
        Path backup;
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            app.settings().saveLetterhead(letterhead("Trung đoàn 19"));
            backup = app.backups().create();
        }
        byte[] damaged = "hỏng ".repeat(5000).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Files.write(folder.database(), damaged);
        assertThatThrownBy(() -> AppContext.open(folder, Clock.systemUTC())).isInstanceOf(AppException.class);

        byte[] backupBytes = Files.readAllBytes(backup);
        try (AppContext app = AppContext.at(folder, Clock.systemUTC())) {
            app.restoreAndOpen(backup);
            assertThat(app.settings().letterhead().unitName()).isEqualTo("Trung đoàn 19");
        }
        assertThat(Files.readAllBytes(backup)).as("checking the backup leaves it as it was").isEqualTo(backupBytes);
        assertThat(Backups.filesIn(folder.backups())).containsExactly(backup);
        try (Stream<Path> beside = Files.list(folder.backups())) {
            assertThat(beside).containsExactly(backup);
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path kept = files.filter(p -> p.getFileName().toString().startsWith("tdkt-replaced-")).findFirst().orElseThrow();
            assertThat(Files.readAllBytes(kept)).isEqualTo(damaged);
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndTheDataFileIsLeftAlone() throws Exception {
        DataFolder folder = new DataFolder(dir);
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            app.settings().saveLetterhead(letterhead("Trung đoàn 19"));
        }
        Path badBackup = Files.writeString(dir.resolve("bad.db"), "không phải SQLite ".repeat(300));
        assertThatThrownBy(() -> {
            try (AppContext app = AppContext.at(folder, Clock.systemUTC())) {
                app.restoreAndOpen(badBackup);
            }
        })
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).messageKey()).isEqualTo("error.db.corrupt"));
        try (AppContext app = AppContext.open(folder, Clock.systemUTC())) {
            assertThat(app.settings().letterhead().unitName()).isEqualTo("Trung đoàn 19");
        }
    }
}
