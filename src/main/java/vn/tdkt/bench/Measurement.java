package vn.tdkt.bench;

/**
 * One figure the benchmark reports. The framework times {@link #run} (after warm-up runs) unless
 * the measurement reports its own value, e.g. a child process's startup time or a memory size.
 */
public interface Measurement {
    /** Short stable name, e.g. "roster.search". */
    String name();

    /** The unit of the figures: "ms" for timed runs, or what {@link #run} returns. */
    default String unit() {
        return "ms";
    }

    default int warmups() {
        return 2;
    }

    default int runs() {
        return 5;
    }

    /** Prepares once, untimed (generate input files, open services). */
    default void setUp(BenchContext context) throws Exception {
    }

    /**
     * One run. Return {@link Double#NaN} to have the framework's wall-clock time in ms recorded,
     * or a value of your own in {@link #unit()}.
     */
    double run(BenchContext context) throws Exception;
}
