package vn.tdkt.cli;

import java.util.Set;
import vn.tdkt.AppContext;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;

/** {@code demo [--size small|regiment]}: fills an empty data folder with fictional sample data. */
public final class DemoCommand implements Command {
    @Override
    public String name() {
        return "demo";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--size"), Set.of()).atMostPositional(0);
        String sizeName = args.value("--size").orElse("small");
        SampleSize size = SampleSize.parse(sizeName).orElseThrow(() -> new UsageException("cli.error.badValue", "--size", sizeName));
        try (AppContext app = context.open()) {
            long started = System.nanoTime();
            SampleData.Summary summary = new SampleData(app).fill(size, vn.tdkt.core.Progress.NONE);
            context.say("demo.done", summary.describe(), (System.nanoTime() - started) / 1_000_000);
            return 0;
        }
    }
}
