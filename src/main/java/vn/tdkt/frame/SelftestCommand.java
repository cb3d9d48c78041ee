package vn.tdkt.frame;

import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import java.nio.file.Path;
import java.util.Set;
import vn.tdkt.ui.SelfTest;
import vn.tdkt.ui.Startup;

/**
 * {@code selftest [--screenshots DIR] [--hold]}: the real window on the headless platform, every page opened.
 * {@code --hold} keeps the process as measured until a line arrives on standard input, so its memory can be
 * taken apart from outside ({@code jcmd VM.native_memory}, {@code pmap}) in the state {@code rss_mb} reports.
 */
final class SelftestCommand implements Command {
    private final Startup startup;

    SelftestCommand(Startup startup) {
        this.startup = startup;
    }

    @Override
    public String name() {
        return "selftest";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--screenshots"), Set.of("--hold")).atMostPositional(0);
        Path screenshots = args.value("--screenshots").map(Path::of).orElse(null);
        return SelfTest.run(startup, screenshots, args.flag("--hold"), context.out(), context.err());
    }
}
