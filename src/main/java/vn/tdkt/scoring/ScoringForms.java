package vn.tdkt.scoring;

import java.time.Clock;
import java.time.LocalDate;
import vn.tdkt.doc.Document;
import vn.tdkt.settings.SettingsService;

/**
 * The scoring forms of one period, each built from the records given only the period's id: Bảng chấm điểm
 * thi đua and Báo cáo kết quả chấm điểm (quý, 6 tháng, năm; a month works too).
 */
public final class ScoringForms {
    private final ScoringService scoring;
    private final SettingsService settings;
    private final Clock clock;

    public ScoringForms(ScoringService scoring, SettingsService settings, Clock clock) {
        this.scoring = scoring;
        this.settings = settings;
        this.clock = clock;
    }

    public Document scoreSheet(String periodId) {
        ScoreSheet sheet = scoring.sheet(periodId);
        return new ScoreSheetForm(settings.letterheadForDocuments(), sheet, scoring.ranking(periodId), LocalDate.now(clock)).build();
    }

    public Document report(String periodId) {
        ScoreSheet sheet = scoring.sheet(periodId);
        return new ScoringReportForm(settings.letterheadForDocuments(), sheet, scoring.ranking(periodId),
                scoring.rolledUpFrom(periodId), scoring.pointsLostByAll(periodId), LocalDate.now(clock)).build();
    }
}
