package vn.tdkt.scoring;

import java.time.Clock;
import vn.tdkt.org.UnitService;
import vn.tdkt.settings.SettingsService;

/** What the Chấm điểm page and the {@code scoring} command work with, built once by {@link ScoringFeature}. */
public record ScoringServices(CriteriaSetService sets, ScoringService scoring, ScoreSheetImporter importer, UnitService units,
                              SettingsService settings, Clock clock, ScoringForms forms) {
}
