package vn.tdkt.frame;

import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import java.nio.file.Path;
import java.util.Set;
import vn.tdkt.ui.SelfTest;
import vn.tdkt.ui.Startup;

/** {@code selftest [--screenshots DIR]}: the real window on the headless platform, every page opened. */
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
        Args args = Args.parse(context.args(), Set.of("--screenshots"), Set.of()).atMostPositional(0);
        Path screenshots = args.value("--screenshots").map(Path::of).orElse(null);
        return SelfTest.run(startup, screenshots, context.out(), context.err());
    }
}
