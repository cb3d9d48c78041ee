package vn.tdkt.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Progress;
import vn.tdkt.db.Kernel;

/**
 * Fictional but realistic sample data for trying the app: each feature's own sample records, in one
 * transaction and only in an empty data folder, so it never mixes with real records.
 */
public final class SampleData {
    private final Kernel kernel;
    private final List<SampleStep> steps;

    public SampleData(Kernel kernel, List<SampleStep> steps) {
        this.kernel = kernel;
        this.steps = List.copyOf(steps);
    }

    /** What was created, by kind, for the closing line. */
    public record Summary(Map<String, Integer> counts) {
        public String describe() {
            StringBuilder text = new StringBuilder();
            counts.forEach((kind, count) -> text.append(text.isEmpty() ? "" : ", ").append(kind).append('=').append(count));
            return text.toString();
        }
    }

    /** Tables whose rows are the unit's real records; one row in any of them and the folder is not empty. */
    private static final List<String> RECORD_TABLES = List.of("unit", "person", "document_register");

    /**
     * Whether sample data may go in: no letterhead, no units, no people, no numbered documents. An
     * officer who imported a roster before filling Cài đặt must not get fictional people among real ones.
     */
    public boolean isEmpty() {
        return steps.stream().noneMatch(SampleStep::hasData);
    }

    public Summary fill(SampleSize size, Progress progress) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        kernel.database().transaction(() -> {
            if (!isEmpty()) {
                throw new AppException("demo.error.notEmpty", kernel.folder().root());
            }
            for (SampleStep step : steps) {
                progress.checkCancelled();
                counts.putAll(step.create(size, progress));
            }
        });
        return new Summary(counts);
    }
}
