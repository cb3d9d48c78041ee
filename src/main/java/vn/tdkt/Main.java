package vn.tdkt;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.tdkt.cli.Cli;
import vn.tdkt.cli.UsageException;
import vn.tdkt.ui.App;

/**
 * Entry point of the app and of the command line. It must not extend Application: with JavaFX on
 * the class path the launcher class has to be a plain class.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        Cli cli = new Cli(out, err);
        Cli.Global global;
        try {
            global = Cli.parseGlobal(args);
        } catch (UsageException usage) {
            System.exit(cli.usage(usage));
            return;
        }
        // Logback reads this when the first logger is made, so it must be set before anything logs.
        System.setProperty("tdkt.logs", global.folder().logs().toString());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                org.slf4j.LoggerFactory.getLogger(Main.class).error("Uncaught in {}", thread.getName(), error));
        Optional<Integer> exit = cli.run(global);
        if (exit.isPresent()) {
            System.exit(exit.get());
        }
        // JavaFX warns through java.util.logging on stderr that it runs from the class path, as the jar is
        // meant to: the user needs none of it, and real failures reach the log file below.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE);
        try {
            App.launch(args);
        } catch (RuntimeException | LinkageError noWindow) {
            // Before any window: no display, no GTK 3, or no graphics at all. One sentence, not a stack trace.
            org.slf4j.LoggerFactory.getLogger(Main.class).error("The window could not open", noWindow);
            err.println(cli.messages().get("app.error.noWindow", String.valueOf(noWindow.getMessage())));
            System.exit(1);
        }
    }
}
