package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Optional<Integer> run(String... args) {
        return vn.tdkt.CommandLine.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpListsEveryCommandInBothLanguages() {
        assertThat(run("--help")).contains(0);
        assertThat(out()).contains("cách dùng").contains("usage");
        for (Command command : vn.tdkt.CommandLine.commands()) {
            for (java.util.Locale locale : java.util.List.of(vn.tdkt.core.VietnameseNames.VIETNAMESE, java.util.Locale.ENGLISH)) {
                vn.tdkt.core.Messages text = new vn.tdkt.core.Messages(locale);
                assertThat(text.has(command.helpKey())).as(command.name() + " help in " + locale).isTrue();
                assertThat(out()).contains("  " + text.get(command.helpKey()));
            }
            assertThat(text(command.helpKey())).startsWith(command.name());
        }
    }

    @Test
    void everyCommandRefusesAnUnknownOptionWithoutTouchingTheDataFolder() {
        Path fresh = dir.resolve("không-đụng");
        for (Command command : vn.tdkt.CommandLine.commands()) {
            assertThat(run("--data", fresh.toString(), command.name(), "--không-có")).as(command.name()).contains(2);
        }
        assertThat(fresh).doesNotExist();
    }

    private static String text(String key) {
        return vn.tdkt.core.Messages.vietnamese().get(key);
    }

    @Test
    void noCommandMeansStartTheApp() {
        assertThat(run("--data", dir.toString())).isEmpty();
    }

    @Test
    void unknownCommandsAndOptionsExitWithTwo() {
        assertThat(run("--data", dir.toString(), "frobnicate")).contains(2);
        assertThat(err()).contains("Không có lệnh \"frobnicate\"");
        assertThat(run("--verbose")).contains(2);
        assertThat(run("--data", dir.toString(), "demo", "--size", "army")).contains(2);
        assertThat(run("--data", dir.toString(), "check", "--fast")).contains(2);
        assertThat(run("--data")).contains(2);
    }

    @Test
    void demoThenCheckSucceedAndASecondDemoIsRefused() {
        assertThat(run("--data", dir.toString(), "demo")).contains(0);
        assertThat(run("--data", dir.toString(), "check")).contains(0);
        assertThat(out()).contains("Kiểm tra toàn vẹn: ok").contains("setting");
        assertThat(run("--data", dir.toString(), "demo")).contains(1);
        assertThat(err()).contains("đã có dữ liệu");
    }

    @Test
    void checkOnACorruptFileFailsWithAVietnameseSentence() throws Exception {
        java.nio.file.Files.writeString(dir.resolve("tdkt.db"), "không phải SQLite ".repeat(100));
        assertThat(run("--data", dir.toString(), "check")).contains(1);
        assertThat(err()).contains("bị hỏng").doesNotContain("Exception");
    }

    @Test
    void restorePutsTheLatestBackupBack() throws Exception {
        assertThat(run("--data", dir.toString(), "demo")).contains(0);
        try (vn.tdkt.AppContext app = vn.tdkt.AppContext.open(new vn.tdkt.db.DataFolder(dir), java.time.Clock.systemUTC())) {
            app.backups().create();
        }
        java.nio.file.Files.writeString(dir.resolve("tdkt.db"), "hỏng ".repeat(2000));
        assertThat(run("--data", dir.toString(), "check")).contains(1);
        assertThat(run("--data", dir.toString(), "restore")).contains(0);
        assertThat(out()).contains("Đã khôi phục");
        assertThat(run("--data", dir.toString(), "check")).contains(0);
    }

    @Test
    void aWrongCommandLineTouchesNoFile() throws Exception {
        Path fresh = dir.resolve("chưa-có");
        assertThat(run("--data", fresh.toString(), "roster", "frobnicate", "a.xlsx")).contains(2);
        assertThat(run("--data", fresh.toString(), "roster", "import", dir.resolve("không-có.xlsx").toString())).contains(2);
        assertThat(run("--data", fresh.toString(), "restore", "/nonexistent.db")).contains(2);
        assertThat(err()).contains("/nonexistent.db");
        assertThat(run("--data", fresh.toString(), "units", "sort")).contains(2);
        assertThat(fresh).doesNotExist();
    }

    @Test
    void anEmptyOrFileDataOptionIsRefusedWithTheReason() throws Exception {
        assertThat(run("--data=", "check")).contains(2);
        assertThat(err()).contains("--data");
        Path file = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "không phải thư mục");
        assertThat(run("--data", file.toString(), "check")).contains(2);
        assertThat(err()).contains("notes.txt").contains("không phải thư mục");
        assertThat(java.nio.file.Files.readString(file)).isEqualTo("không phải thư mục");
    }

    @Test
    void aFullDiskDuringDemoGivesOneClearSentence() throws Exception {
        java.util.Optional<vn.tdkt.testing.SmallDisk> disk = vn.tdkt.testing.SmallDisk.mount(dir.resolve("small"), 4096);
        org.junit.jupiter.api.Assumptions.assumeTrue(disk.isPresent(), "needs root to mount a small tmpfs");
        try (vn.tdkt.testing.SmallDisk small = disk.get()) {
            Path data = small.folder().resolve("data");
            assertThat(run("--data", data.toString(), "check")).contains(0);
            small.fillLeaving(300_000);
            assertThat(run("--data", data.toString(), "demo", "--size", "regiment")).contains(1);
            assertThat(err()).contains("đầy").doesNotContain("Exception").doesNotContain("SQLITE");
            assertThat(err().lines().count()).isEqualTo(1);
            java.nio.file.Files.delete(small.folder().resolve("filler.bin"));
            assertThat(run("--data", data.toString(), "check")).contains(0);
            assertThat(out()).contains("Kiểm tra toàn vẹn: ok");
        }
    }
}
