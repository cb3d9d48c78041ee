package vn.tdkt.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.db.DataFolder;

/**
 * The command line: {@code tdkt [--data DIR] [--demo] [COMMAND args…]}. With no command the app starts.
 * Exit codes: 0 done, 1 failed (with a Vietnamese sentence), 2 the command line was wrong.
 */
public final class Cli {
    private final PrintStream out;
    private final PrintStream err;
    private final Messages messages = Messages.vietnamese();
    private final List<Command> commands;

    /** {@code commands}: every feature's commands, in the order help lists them. */
    public Cli(PrintStream out, PrintStream err, List<Command> commands) {
        this.out = out;
        this.err = err;
        this.commands = List.copyOf(commands);
    }

    /** The options in front of the command. */
    public record Global(Optional<Path> data, boolean demo, boolean help, List<String> rest) {
        public DataFolder folder() {
            if (data.isPresent()) {
                return new DataFolder(data.get());
            }
            DataFolder standard = DataFolder.platformDefault();
            return demo ? new DataFolder(standard.root().resolveSibling(standard.root().getFileName() + "-demo")) : standard;
        }
    }

    public static Global parseGlobal(String[] args) {
        Path data = null;
        boolean demo = false;
        boolean help = false;
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (!rest.isEmpty()) {
                rest.add(arg);
            } else if (arg.equals("--data")) {
                if (i + 1 >= args.length) {
                    throw new UsageException("cli.error.missingValue", "--data");
                }
                data = dataFolder(args[++i]);
            } else if (arg.startsWith("--data=")) {
                data = dataFolder(arg.substring("--data=".length()));
            } else if (arg.equals("--demo")) {
                demo = true;
            } else if (arg.equals("--help") || arg.equals("-h")) {
                help = true;
            } else if (arg.startsWith("-")) {
                throw new UsageException("cli.error.unknownOption", arg);
            } else {
                rest.add(arg);
            }
        }
        return new Global(Optional.ofNullable(data), demo, help, rest);
    }

    /** Checked before anything is created: an empty value or a file where the folder should be is a usage error. */
    private static Path dataFolder(String value) {
        if (value.isBlank()) {
            throw new UsageException("cli.error.missingValue", "--data");
        }
        Path folder = Path.of(value);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new UsageException("cli.error.dataNotFolder", folder.toAbsolutePath());
        }
        return folder;
    }

    /** Runs a command; returns empty when the arguments ask for the app window instead. */
    public Optional<Integer> run(Global global) {
        if (global.help()) {
            printHelp();
            return Optional.of(0);
        }
        if (global.rest().isEmpty()) {
            return Optional.empty();
        }
        String name = global.rest().getFirst();
        Optional<Command> command = commands.stream().filter(c -> c.name().equals(name)).findFirst();
        if (command.isEmpty()) {
            err.println(messages.get("cli.error.unknownCommand", name));
            return Optional.of(2);
        }
        CommandContext context = new CommandContext(global.rest().subList(1, global.rest().size()), out, err, messages);
        return Optional.of(execute(command.get(), context));
    }

    private int execute(Command command, CommandContext context) {
        try {
            return command.run(context);
        } catch (UsageException usage) {
            err.println(messages.describe(usage));
            err.println(messages.get("cli.seeHelp"));
            return 2;
        } catch (AppException failure) {
            logger().warn("Command {} failed", command.name(), failure);
            err.println(messages.describe(failure));
            return 1;
        } catch (Exception unexpected) {
            logger().error("Command {} failed unexpectedly", command.name(), unexpected);
            err.println(messages.describe(unexpected));
            return 1;
        }
    }

    /** The Vietnamese text the command line prints. */
    public Messages messages() {
        return messages;
    }

    /** Usage errors in the global options print here (exit 2). */
    public int usage(UsageException usage) {
        err.println(messages.describe(usage));
        err.println(messages.get("cli.seeHelp"));
        return 2;
    }

    /** A failure outside any command (the window could not open) prints its sentence here (exit 1). */
    public int failed(AppException failure) {
        logger().warn("Failed: {}", failure.messageKey(), failure);
        err.println(messages.describe(failure));
        return 1;
    }

    public void printHelp() {
        for (Locale locale : List.of(VietnameseNames.VIETNAMESE, Locale.ENGLISH)) {
            Messages text = new Messages(locale);
            out.println(text.get("cli.help.header"));
            out.println("  " + text.get("cli.help.global"));
            for (Command command : commands) {
                out.println("  " + text.get(command.helpKey()));
            }
            out.println();
        }
    }

    private static Logger logger() {
        return LoggerFactory.getLogger(Cli.class);
    }
}
