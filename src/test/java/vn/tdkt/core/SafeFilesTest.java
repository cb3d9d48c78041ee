package vn.tdkt.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SafeFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesNewFileAndReplacesOldOne() throws IOException {
        Path target = dir.resolve("a.txt");
        SafeFiles.writeString(target, "một");
        SafeFiles.writeString(target, "hai");
        assertThat(Files.readString(target)).isEqualTo("hai");
        assertThat(filesIn(dir)).containsExactly("a.txt");
    }

    @Test
    void failureHalfwayKeepsTheOldFileAndLeavesNoTemporary() throws IOException {
        Path target = dir.resolve("report.docx");
        SafeFiles.writeString(target, "bản cũ");
        assertThatThrownBy(() -> SafeFiles.write(target, out -> {
            out.write("nửa chừng".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        })).isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(((AppException) e).messageKey()).isEqualTo("error.file.full"));
        assertThat(Files.readString(target)).isEqualTo("bản cũ");
        assertThat(filesIn(dir)).containsExactly("report.docx");
    }

    @Test
    void producerThatWritesNothingFails() {
        Path target = dir.resolve("empty.db");
        assertThatThrownBy(() -> SafeFiles.writeFile(target, temporary -> { })).isInstanceOf(AppException.class);
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAClearError() throws IOException {
        Path notAFolder = dir.resolve("notes.txt");
        Files.writeString(notAFolder, "a file where a folder should be");
        assertThatThrownBy(() -> SafeFiles.writeString(notAFolder.resolve("out.pdf"), "x"))
                .isInstanceOf(AppException.class)
                .satisfies(e -> assertThat(Messages.vietnamese().describe(e)).contains("notes.txt"));
        assertThat(filesIn(dir)).containsExactly("notes.txt");
    }

    @Test
    void unwritableFolderGivesAClearError() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        // Root writes through permissions: a read-only mount is what stops it.
        Optional<vn.tdkt.testing.SmallDisk> readOnly = Files.isWritable(locked) ? vn.tdkt.testing.SmallDisk.mount(locked, 64) : Optional.empty();
        readOnly.ifPresent(disk -> disk.remountReadOnly());
        Assumptions.assumeFalse(Files.isWritable(locked) && readOnly.isEmpty(), "neither permissions nor a read-only mount apply here");
        try {
            assertThatThrownBy(() -> SafeFiles.writeString(locked.resolve("x.pdf"), "x"))
                    .isInstanceOf(AppException.class)
                    .satisfies(e -> assertThat(Messages.vietnamese().describe(e)).contains("x.pdf").doesNotContain("Exception"));
            assertThat(filesIn(locked)).isEmpty();
        } finally {
            if (readOnly.isPresent()) {
                readOnly.get().close();
            }
        }
    }

    @Test
    void staleTemporaryFilesOfAKilledWriteAreRemovedBeforeTheNextWrite() throws IOException {
        Path stale = Files.writeString(dir.resolve(".report.docx.123456.tmp"), "nửa chừng");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(dir.resolve(".other.pdf.42.tmp"), "đang ghi");
        Path notOurs = Files.writeString(dir.resolve(".cache.tmp"), "của chương trình khác");
        Files.setLastModifiedTime(notOurs, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        SafeFiles.writeString(dir.resolve("report.docx"), "bản mới");
        assertThat(filesIn(dir)).containsExactlyInAnyOrder("report.docx", ".other.pdf.42.tmp", ".cache.tmp");
        assertThat(SafeFiles.removeStaleTemporaries(dir, Duration.ZERO)).containsExactly(fresh);
        assertThat(notOurs).exists();
    }

    private static java.util.List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
