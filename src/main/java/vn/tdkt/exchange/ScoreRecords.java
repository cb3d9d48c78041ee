package vn.tdkt.exchange;

import java.util.HashSet;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.scoring.PeriodKind;

/**
 * The JSON form of a snapshot's scores ({@code data/scores.json}): each period that ranks units of the
 * snapshot, with the criteria set's name, version and fingerprint and every member unit's totals.
 * Reading checks every record; the first unreadable one refuses the package, naming it.
 */
final class ScoreRecords {
    private ScoreRecords() {
    }

    record TotalJson(String unitId, String unitName, double base, double bonus, double penalty) {
    }

    record PeriodJson(String id, String title, String kind, int year, int number, String setName, int setVersion,
                      String setFingerprint, TotalJson[] totals) {
        PeriodJson checked() {
            PeriodKind periodKind = periodKind();
            if (id == null || DossierRecords.required(title) == null || DossierRecords.required(setName) == null
                    || setFingerprint == null || !setFingerprint.matches("[0-9a-f]{64}") || number < 1 || number > periodKind.perYear()
                    || year < 1900 || year > 2999 || totals == null) {
                throw new AppException("exchange.error.badRecords", "score period " + title);
            }
            Set<String> units = new HashSet<>();
            for (TotalJson t : totals) {
                if (t == null || t.unitId() == null || DossierRecords.required(t.unitName()) == null || !units.add(t.unitId())
                        || !Double.isFinite(t.base()) || !Double.isFinite(t.bonus()) || !Double.isFinite(t.penalty())) {
                    throw new AppException("exchange.error.badRecords", "score period " + title);
                }
            }
            return new PeriodJson(id, DossierRecords.required(title), kind, year, number, DossierRecords.required(setName), setVersion,
                    setFingerprint, totals);
        }

        PeriodKind periodKind() {
            try {
                return PeriodKind.valueOf(kind);
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new AppException(e, "exchange.error.badRecords", "score period kind " + kind);
            }
        }
    }

    record Scores(PeriodJson[] periods) {
    }
}
