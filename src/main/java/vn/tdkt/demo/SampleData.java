package vn.tdkt.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Progress;
import vn.tdkt.org.SampleRoster;
import vn.tdkt.settings.Letterhead;

/**
 * Fictional but realistic sample data for trying the app: a letterhead, then each feature's own
 * sample records. Runs in one transaction and only on an empty data folder, so it never mixes
 * with real records.
 */
public final class SampleData {
    private final AppContext app;

    public SampleData(AppContext app) {
        this.app = app;
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
        Map<String, Long> counts = app.database().tableCounts();
        return app.settings().letterhead().unitName().isEmpty()
                && RECORD_TABLES.stream().allMatch(table -> counts.getOrDefault(table, 0L) == 0);
    }

    public Summary fill(SampleSize size, Progress progress) {
        if (!isEmpty()) {
            throw new AppException("demo.error.notEmpty", app.folder().root());
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        app.database().transaction(() -> {
            app.settings().saveLetterhead(letterhead());
            counts.put("letterhead", 1);
            progress.checkCancelled();
            SampleRoster.Counts roster = new SampleRoster(app.units(), app.roster()).create(size.people(), progress);
            counts.put("unit", roster.units());
            counts.put("person", roster.people());
        });
        return new Summary(counts);
    }

    static Letterhead letterhead() {
        return new Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng",
                "Chính ủy", "Thượng tá", "Trần Đức Hưởng", 2_340_000);
    }
}
