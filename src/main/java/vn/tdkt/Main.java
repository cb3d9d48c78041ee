package vn.tdkt;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import vn.tdkt.cli.Cli;
import vn.tdkt.cli.UsageException;
import vn.tdkt.core.AppException;
import vn.tdkt.core.LocalClock;
import vn.tdkt.core.StartTimes;
import vn.tdkt.ui.App;

/**
 * Entry point of the app and of the command line. It must not extend Application: with JavaFX on
 * the class path the launcher class has to be a plain class.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        StartTimes.reached("main");
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        // JavaFX warns through java.util.logging on stderr that it runs from the class path, as the jar is meant to: the
        // user needs none of it, and real failures reach the log file. Set on a side thread: the first use of
        // java.util.logging looks for logging back-ends in every jar on the class path, ≈50 ms the main thread would
        // spend before the toolkit starts.
        Thread.ofPlatform().name("tdkt-jul").daemon().start(() -> java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.SEVERE));
        Cli.Global global;
        try {
            global = Cli.parseGlobal(args);
        } catch (UsageException usage) {
            System.exit(new Cli(out, err, java.util.List.of()).usage(usage));
            return;
        }
        // Logback reads this when the first logger is made, so it must be set before anything logs.
        System.setProperty("tdkt.logs", global.folder().logs().toString());
        Thread.setDefaultUncaughtExceptionHandler((thread, error) ->
                org.slf4j.LoggerFactory.getLogger(Main.class).error("Uncaught in {}", thread.getName(), error));
        int exit;
        try (AppContext context = AppContext.forApp(global.folder(), new LocalClock(), global.demo())) {
            Cli cli = new Cli(out, err, context.commands());
            Optional<Integer> commandExit = cli.run(global);
            if (commandExit.isEmpty()) {
                try {
                    App.launch(context, args);
                } catch (AppException noWindow) {
                    commandExit = Optional.of(cli.failed(noWindow));
                }
            }
            exit = commandExit.orElse(0);
        }
        System.exit(exit);
    }
}
