package vn.tdkt.frame;

import java.util.List;
import java.util.function.Function;
import vn.tdkt.bench.BenchTarget;
import vn.tdkt.cli.Command;
import vn.tdkt.db.DataFolder;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleData;
import vn.tdkt.ui.Startup;

/** The frame's own commands, which work on the whole data folder rather than one feature. */
public final class FrameFeature implements Feature {
    private final Kernel kernel;
    private final SampleData samples;
    private final Startup startup;
    private final Function<DataFolder, BenchTarget> benchTarget;

    /**
     * @param startup     opens this folder with every page, for {@code selftest}
     * @param benchTarget opens another (fresh) folder with every feature, for {@code bench}
     */
    public FrameFeature(Kernel kernel, SampleData samples, Startup startup, Function<DataFolder, BenchTarget> benchTarget) {
        this.kernel = kernel;
        this.samples = samples;
        this.startup = startup;
        this.benchTarget = benchTarget;
    }

    @Override
    public List<Command> commands() {
        return List.of(new DemoCommand(samples), new CheckCommand(kernel), new RestoreCommand(kernel), new BackupCommand(kernel),
                new SelftestCommand(startup), new BenchCommand(benchTarget));
    }
}
