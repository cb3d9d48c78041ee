package vn.tdkt.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Progress;
import vn.tdkt.org.SampleRoster;
import vn.tdkt.plan.SamplePlan;
import vn.tdkt.settings.Letterhead;

/**
 * Fictional but realistic sample data for trying the app: a letterhead, then each feature's own
 * sample records. Runs in one transaction and only on an empty data folder, so it never mixes
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

    public boolean isEmpty() {
        return app.settings().letterhead().unitName().isEmpty();
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
            progress.checkCancelled();
            SamplePlan.Counts plan = new SamplePlan(app.plan(), app.units(), app.roster()).create(progress);
            counts.put("plan", 1);
            counts.put("target", plan.targets());
            counts.put("block", plan.blocks());
            counts.put("registration", plan.registrations());
            counts.put("pledge", plan.pledges());
        });
        return new Summary(counts);
    }

    static Letterhead letterhead() {
        return new Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng",
                "Chính ủy", "Thượng tá", "Trần Đức Hưởng", 2_340_000);
    }
}
