package vn.tdkt.demo;

import java.util.Map;
import vn.tdkt.core.Progress;

/** One feature's part of the sample data. Every step runs inside the one transaction of {@link SampleData}. */
public interface SampleStep {
    /** True when the feature already holds records: sample data is only ever poured into an empty folder. */
    boolean hasData();

    /** Creates its records; returns what it made, by kind ("unit" → 43). */
    Map<String, Integer> create(SampleSize size, Progress progress);
}
