package vn.tdkt.org;

import java.time.LocalDate;

/** One move of a person between units; the first entry of a person has no origin. */
public record Transfer(String id, String personId, String fromUnitId, String toUnitId, LocalDate movedOn, String note) {
}
