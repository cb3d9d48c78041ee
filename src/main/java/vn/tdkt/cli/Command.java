package vn.tdkt.cli;

/** One command of the command line: {@code tdkt [--data DIR] NAME args…}. */
public interface Command {
    /** The word that selects the command ("demo", "roster"). */
    String name();

    /** Its help text key in the bundles ("cli.help.demo"), printed in Vietnamese and English. */
    default String helpKey() {
        return "cli.help." + name();
    }

    /** Runs and returns the exit code; {@link UsageException} means exit 2. */
    int run(CommandContext context) throws Exception;
}
