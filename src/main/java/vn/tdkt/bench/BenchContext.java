package vn.tdkt.bench;

import java.nio.file.Path;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;

/** What a measurement gets: the filled data folder of the chosen size, open, and a scratch folder. */
public record BenchContext(AppContext app, DataFolder folder, SampleSize size, Path scratch) {
}
