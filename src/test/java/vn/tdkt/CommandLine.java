package vn.tdkt;

import java.io.PrintStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import vn.tdkt.cli.Cli;
import vn.tdkt.cli.UsageException;

/** The command line as {@link Main} runs it, without the window or System.exit: empty when the arguments ask for the app. */
public final class CommandLine {
    private CommandLine() {
    }

    public static Optional<Integer> run(PrintStream out, PrintStream err, String... args) {
        Cli.Global global;
        try {
            global = Cli.parseGlobal(args);
        } catch (UsageException usage) {
            return Optional.of(new Cli(out, err, List.of()).usage(usage));
        }
        try (AppContext context = AppContext.at(global.folder(), Clock.systemDefaultZone())) {
            return new Cli(out, err, context.commands()).run(global);
        }
    }

    /** Every command of the app, as help lists them (building them touches no file). */
    public static List<vn.tdkt.cli.Command> commands() {
        try (AppContext context = AppContext.at(new vn.tdkt.db.DataFolder(java.nio.file.Path.of("không-mở")), Clock.systemDefaultZone())) {
            return context.commands();
        }
    }
}
