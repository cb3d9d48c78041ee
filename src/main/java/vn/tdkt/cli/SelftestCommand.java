package vn.tdkt.cli;

import java.nio.file.Path;
import java.util.Set;
import vn.tdkt.ui.SelfTest;

/** {@code selftest [--screenshots DIR]}: the real window on the headless platform, every page opened. */
public final class SelftestCommand implements Command {
    @Override
    public String name() {
        return "selftest";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--screenshots"), Set.of()).atMostPositional(0);
        Path screenshots = args.value("--screenshots").map(Path::of).orElse(null);
        return SelfTest.run(context.folder(), screenshots, context.out(), context.err());
    }
}
