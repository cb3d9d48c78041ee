package vn.tdkt.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;

/** backup FILE to a "USB stick", sealed or not, and restore FILE back, through the real command line. */
class BackupCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Optional<Integer> run(String... args) {
        out.reset();
        err.reset();
        return vn.tdkt.CommandLine.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    private String people(Path data) {
        assertThat(run("--data", data.toString(), "check")).contains(0);
        return out.toString(StandardCharsets.UTF_8).lines().filter(l -> l.strip().startsWith("person ")).findFirst().orElseThrow();
    }

    @Test
    void aSealedBackupComesBackOnlyWithItsPassword() throws Exception {
        Path data = dir.resolve("data");
        assertThat(run("--data", data.toString(), "demo")).contains(0);
        String before = people(data);
        Path password = Files.writeString(dir.resolve("mat-khau.txt"), "Trung đoàn 19 @ 2026\n");
        Path usb = dir.resolve("usb").resolve("tdkt.db");

        assertThat(run("--data", data.toString(), "backup", usb.toString(), "--password-file", password.toString())).contains(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("mã hóa");
        assertThat(Files.readString(usb, StandardCharsets.ISO_8859_1)).startsWith("TDKTBAK1").doesNotContain("SQLite format 3")
                .doesNotContain("Trung");
        try (var files = Files.list(usb.getParent())) {
            assertThat(files).containsExactly(usb);
        }

        Path other = dir.resolve("other");
        assertThat(run("--data", other.toString(), "restore", usb.toString())).contains(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--password-file");
        Path wrong = Files.writeString(dir.resolve("sai.txt"), "đoán bừa");
        assertThat(run("--data", other.toString(), "restore", usb.toString(), "--password-file", wrong.toString())).contains(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Sai mật khẩu").doesNotContain("Exception");
        assertThat(run("--data", other.toString(), "restore", usb.toString(), "--password-file", password.toString())).contains(0);
        assertThat(people(other)).isEqualTo(before);

        byte[] sealed = Files.readAllBytes(usb);
        sealed[sealed.length / 2] ^= 1;
        Files.write(usb, sealed);
        assertThat(run("--data", other.toString(), "restore", usb.toString(), "--password-file", password.toString())).contains(1);
        assertThat(people(other)).isEqualTo(before);
    }

    @Test
    void aPlainBackupOfAnOlderSchemaIsMigratedAndTheCurrentDataKept() throws Exception {
        Path old = dir.resolve("cu.db");
        SQLiteDataSource source = new SQLiteDataSource();
        source.setUrl("jdbc:sqlite:" + old);
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("2").load().migrate();
        try (var connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("INSERT INTO unit (id, code, name, sort_order) VALUES ('u1', 'c1', 'Đại đội 1', 1)");
        }
        Path data = dir.resolve("data");
        assertThat(run("--data", data.toString(), "demo")).contains(0);
        assertThat(run("--data", data.toString(), "restore", old.toString())).contains(0);
        try (AppContext app = AppContext.open(new DataFolder(data), Clock.systemUTC())) {
            assertThat(app.database().schemaVersion()).isNotEqualTo("2");
            assertThat(app.units().byCode("c1")).isPresent();
        }
        Path replaced;
        try (var kept = Files.list(data)) {
            replaced = kept.filter(p -> p.getFileName().toString().startsWith("tdkt-replaced-")).findFirst().orElseThrow();
        }
        DataFolder keptFolder = new DataFolder(dir.resolve("kept"));
        Files.createDirectories(keptFolder.root());
        Files.copy(replaced, keptFolder.database());
        try (AppContext app = AppContext.open(keptFolder, Clock.systemUTC())) {
            assertThat(app.settings().letterhead().unitName()).as("the data before the restore").isEqualTo("Trung đoàn 19");
        }
        assertThat(run("--data", data.toString(), "restore", "--list")).contains(0);
    }
}
