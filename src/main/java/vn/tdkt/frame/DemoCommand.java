package vn.tdkt.frame;

import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import java.util.Set;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;

/** {@code demo [--size small|regiment]}: fills an empty data folder with fictional sample data. */
final class DemoCommand implements Command {
    private final SampleData samples;

    DemoCommand(SampleData samples) {
        this.samples = samples;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--size"), Set.of()).atMostPositional(0);
        String sizeName = args.value("--size").orElse("small");
        SampleSize size = SampleSize.parse(sizeName).orElseThrow(() -> new UsageException("cli.error.badValue", "--size", sizeName));
        long started = System.nanoTime();
        SampleData.Summary summary = samples.fill(size, vn.tdkt.core.Progress.NONE);
        context.say("demo.done", summary.describe(), (System.nanoTime() - started) / 1_000_000);
        return 0;
    }
}
