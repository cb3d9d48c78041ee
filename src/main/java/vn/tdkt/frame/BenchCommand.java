package vn.tdkt.frame;

import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Function;
import vn.tdkt.bench.BenchRunner;
import vn.tdkt.bench.BenchTarget;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;

/** {@code bench [--size regiment|division|large] [--only NAME] [--out FILE.json]}: the performance figures. */
final class BenchCommand implements Command {
    private final Function<DataFolder, BenchTarget> open;

    BenchCommand(Function<DataFolder, BenchTarget> open) {
        this.open = open;
    }

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
        runner.run(size, args.value("--only").orElse(null), args.value("--out").map(Path::of).orElse(null), open);
        return 0;
    }
}
