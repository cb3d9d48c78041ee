package vn.tdkt.bench;

import java.util.List;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleData;

/** A fresh data folder opened with every feature, as the benchmark fills and measures it. */
public interface BenchTarget extends AutoCloseable {
    Kernel kernel();

    SampleData sampleData();

    /** Every feature's measurements, in navigation order. */
    List<Measurement> measurements();

    @Override
    void close();
}
