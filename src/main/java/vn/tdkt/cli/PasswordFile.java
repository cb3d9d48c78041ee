package vn.tdkt.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a backup password from a file (first line, without its line end), so it never appears in the
 * process list or the shell history as a command-line argument would.
 */
public final class PasswordFile {
    private PasswordFile() {
    }

    public static char[] read(String file) {
        Path path = Path.of(file);
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UsageException("backup.error.passwordFile", path);
        }
        String line = text.lines().findFirst().orElse("");
        if (line.isEmpty()) {
            throw new UsageException("backup.error.passwordEmpty", path);
        }
        return line.toCharArray();
    }
}
