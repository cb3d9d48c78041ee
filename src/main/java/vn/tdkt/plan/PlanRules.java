package vn.tdkt.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.tdkt.core.AppException;

/**
 * The plan's rules, in one place for the services (which refuse) and the page (which shows the
 * problem next to the field before saving).
 */
public final class PlanRules {
    private PlanRules() {
    }

    /** A movement or phase lies inside its plan's year and does not end before it starts. */
    public static void checkDates(int year, LocalDate start, LocalDate end) {
        if (start == null || end == null) {
            throw new AppException("plan.error.datesRequired");
        }
        if (end.isBefore(start)) {
            throw new AppException("plan.error.datesOrder");
        }
        if (start.getYear() != year || end.getYear() != year) {
            throw new AppException("plan.error.datesOutsideYear", year);
        }
    }

    /**
     * The value to reach fits the measure: none for a text target, 0–100 for a percentage, a whole
     * number of at least 1 for a count; a yes/no target is always 1 (done).
     */
    public static Double checkTargetValue(Measure measure, Double value) {
        return switch (measure) {
            case NONE -> null;
            case YES_NO -> 1.0;
            case PERCENT -> {
                if (value == null || value <= 0 || value > 100) {
                    throw new AppException("plan.error.percent");
                }
                yield value;
            }
            case COUNT -> {
                if (value == null || value < 1 || value != Math.rint(value)) {
                    throw new AppException("plan.error.count");
                }
                yield value;
            }
        };
    }

    /** A progress value fits the measure: 0–100, a whole number from 0, or 0/1. */
    public static void checkProgressValue(Measure measure, double value) {
        switch (measure) {
            case NONE -> throw new AppException("plan.error.notMeasured");
            case PERCENT -> {
                if (value < 0 || value > 100) {
                    throw new AppException("plan.error.percent");
                }
            }
            case COUNT -> {
                if (value < 0 || value != Math.rint(value)) {
                    throw new AppException("plan.error.progressCount");
                }
            }
            case YES_NO -> {
                if (value != 0 && value != 1) {
                    throw new AppException("plan.error.yesNo");
                }
            }
        }
    }

    /**
     * Where a target stands on {@code today}: a percentage is a rate to hold all year, so any value
     * under it is behind; a count is compared with the share of the year gone by; a yes/no target is
     * behind only once its year is over.
     */
    public static TargetStatus status(Target target, TargetProgress latest, int year, LocalDate today) {
        if (target.measure() == Measure.NONE || target.targetValue() == null) {
            return TargetStatus.NOT_MEASURED;
        }
        if (latest == null) {
            return TargetStatus.NO_DATA;
        }
        double goal = target.targetValue();
        if (latest.value() >= goal) {
            return TargetStatus.MET;
        }
        return switch (target.measure()) {
            case PERCENT -> TargetStatus.BEHIND;
            case YES_NO -> today.getYear() > year ? TargetStatus.BEHIND : TargetStatus.ON_TRACK;
            default -> latest.value() >= goal * yearElapsed(year, today) ? TargetStatus.ON_TRACK : TargetStatus.BEHIND;
        };
    }

    /** The share of the plan's year gone by on {@code today}: 0 before it, 1 after it. */
    static double yearElapsed(int year, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        if (today.isBefore(first)) {
            return 0;
        }
        if (today.getYear() > year) {
            return 1;
        }
        return (ChronoUnit.DAYS.between(first, today) + 1) / (double) first.lengthOfYear();
    }
}
