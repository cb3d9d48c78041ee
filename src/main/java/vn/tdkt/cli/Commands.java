package vn.tdkt.cli;

import java.util.List;

/** Every command, in the order help lists them; features add theirs here. */
public final class Commands {
    private Commands() {
    }

    public static List<Command> all() {
        return List.of(
                new DemoCommand(),
                new CheckCommand(),
                new RestoreCommand(),
                new BackupCommand(),
                new UnitsCommand(),
                new RosterCommand(),
                new DocsCommand(),
                new SelftestCommand(),
                new BenchCommand(),
                new SoakCommand());
    }
}
