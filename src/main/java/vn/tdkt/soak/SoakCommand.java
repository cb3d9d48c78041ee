package vn.tdkt.soak;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;

/**
 * {@code soak [--kills N] [--kind import,restore,backup,demo] [--seed S]}: kills the import, restore,
 * backup and demo commands with SIGKILL in a child JVM, N kills in all shared evenly between the kinds,
 * and prints what the next start found after each. Works in a temporary folder; the data folder is not
 * touched. Exit 0 only when nothing was damaged.
 */
final class SoakCommand implements Command {
    @Override
    public String name() {
        return "soak";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        Args args = Args.parse(context.args(), Set.of("--kills", "--kind", "--seed"), Set.of()).atMostPositional(0);
        int total = positive(args.value("--kills").orElse("100"), "--kills");
        long seed = args.value("--seed").map(value -> (long) positive(value, "--seed")).orElse(System.nanoTime());
        List<CrashSoak.Kind> kinds = new ArrayList<>();
        for (String name : args.value("--kind").map(value -> value.split(",")).orElse(new String[] {"import", "restore", "backup", "demo"})) {
            kinds.add(Arrays.stream(CrashSoak.Kind.values()).filter(k -> k.name().equalsIgnoreCase(name.strip())).findFirst()
                    .orElseThrow(() -> new UsageException("cli.error.badValue", "--kind", name)));
        }
        int kills = (total + kinds.size() - 1) / kinds.size();
        Path work = Files.createTempDirectory("tdkt-soak-");
        try (CrashSoak soak = new CrashSoak(work, seed)) {
            return run(context, soak, kinds, kills, seed);
        }
    }

    private static int run(CommandContext context, CrashSoak soak, List<CrashSoak.Kind> kinds, int kills, long seed) {
        context.say("soak.header", kills, seed);
        boolean clean = true;
        int[] totals = new int[4];
        for (CrashSoak.Kind kind : kinds) {
            long started = System.nanoTime();
            CrashSoak.Counts counts = soak.run(kind, kills);
            clean &= counts.clean();
            totals[0] += counts.kills() - counts.finished();
            totals[1] += counts.corruptions() + counts.halfDone() + counts.failedStarts();
            totals[2] += counts.lostCommits();
            totals[3] += counts.missingFiles();
            context.say("soak.line", kind.name().toLowerCase(Locale.ROOT), counts.kills(), counts.finished(), counts.leftAfter(),
                    counts.corruptions(),
                    counts.halfDone(), counts.lostCommits(), counts.missingFiles(), counts.failedStarts(),
                    (System.nanoTime() - started) / 1_000_000_000);
        }
        context.say("soak.total", totals[0], totals[1], totals[2], totals[3]);
        return clean ? 0 : 1;
    }

    private static int positive(String value, String option) {
        try {
            int number = Integer.parseInt(value);
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // Refused below with the option's name.
        }
        throw new UsageException("cli.error.badValue", option, value);
    }
}
