package vn.tdkt.demo;

import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import vn.tdkt.core.Progress;

/** One feature's part of the sample data. Every step runs inside the one transaction of {@link SampleData}. */
public interface SampleStep {
    /** True when the feature already holds records: sample data is only ever poured into an empty folder. */
    boolean hasData();

    /** Creates its records; returns what it made, by kind ("unit" → 43). */
    Map<String, Integer> create(SampleSize size, Progress progress);

    /** A step from its two parts, so a feature states them without an anonymous class. */
    static SampleStep of(BooleanSupplier hasData, BiFunction<SampleSize, Progress, Map<String, Integer>> create) {
        return new SampleStep() {
            @Override
            public boolean hasData() {
                return hasData.getAsBoolean();
            }

            @Override
            public Map<String, Integer> create(SampleSize size, Progress progress) {
                return create.apply(size, progress);
            }
        };
    }
}
