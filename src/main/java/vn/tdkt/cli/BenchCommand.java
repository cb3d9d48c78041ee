package vn.tdkt.cli;

import java.nio.file.Path;
import java.util.Set;
import vn.tdkt.bench.BenchRunner;
import vn.tdkt.demo.SampleSize;

/** {@code bench [--size regiment|division|large] [--only NAME] [--out FILE.json]}: the performance figures. */
public final class BenchCommand implements Command {
    @Override
    public String name() {
        return "bench";
    }

    @Override
    public int run(CommandContext context) throws Exception {
        Args args = Args.parse(context.args(), Set.of("--size", "--only", "--out"), Set.of()).atMostPositional(0);
        String sizeName = args.value("--size").orElse("division");
        SampleSize size = SampleSize.parse(sizeName)
                .orElseThrow(() -> new UsageException("cli.error.badValue", "--size", sizeName));
        BenchRunner runner = new BenchRunner(context.out());
        runner.printHeader();
        runner.run(size, args.value("--only").orElse(null), args.value("--out").map(Path::of).orElse(null));
        return 0;
    }
}
