package vn.tdkt;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Commands run on one data folder as {@link Main} runs them, with what the last one printed. */
public final class FolderCommands {
    private final Supplier<Path> folder;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** A supplier, so a test can name its {@code @TempDir} folder before JUnit has set it. */
    public FolderCommands(Supplier<Path> folder) {
        this.folder = folder;
    }

    /** {@code --data FOLDER} and the arguments; the exit code. */
    public int run(String... args) {
        out.reset();
        err.reset();
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = folder.get().toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return CommandLine.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), all)
                .orElseThrow();
    }

    public String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    public String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
