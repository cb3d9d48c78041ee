package vn.tdkt.award;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * What the officer types for a council meeting before its ballot is counted.
 *
 * @param members      the council's whole membership, over which every share is taken
 * @param present      members in the room
 * @param writtenVotes absent members who sent their vote in writing; a candidate can have at most
 *                     {@code present + writtenVotes} votes in favour
 * @param absence      who was absent and why, as the Biên bản states it (may be empty)
 */
public record MeetingDraft(LocalDate date, LocalTime start, LocalTime end, String venue, String chair, String secretary, int members,
                           int present, int writtenVotes, String absence) {
}
