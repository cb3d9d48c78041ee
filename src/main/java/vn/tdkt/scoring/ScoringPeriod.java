package vn.tdkt.scoring;

/**
 * A kỳ chấm điểm. {@code blockId} is the khối thi đua it was opened for (see {@link BlockDirectory}),
 * or null for a list of units chosen by hand; {@code people} is true when it scores the people of a unit.
 */
public record ScoringPeriod(String id, String setId, PeriodKind kind, int year, int number, String title,
                            String blockId, boolean people, boolean locked) {
}
