package vn.tdkt.bench;

import java.nio.file.Path;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleSize;

/** What a measurement gets: the filled data folder of the chosen size, open, and a scratch folder. */
public record BenchContext(Kernel kernel, SampleSize size, Path scratch) {
}
