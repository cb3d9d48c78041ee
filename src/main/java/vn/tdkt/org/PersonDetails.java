package vn.tdkt.org;

import vn.tdkt.core.VietnameseDates.Parsed;
import vn.tdkt.core.VietnameseText;

/**
 * What the officer keeps about a person. Dates keep the precision they were typed with: rosters
 * often know only the year of birth or the month of enlistment.
 */
public record PersonDetails(String fullName, Gender gender, Parsed birth, String homeTown, String rank,
                            String position, String category, boolean partyMember, Parsed partyDate,
                            Parsed startDate, String education, String notes) {

    /** Every text NFC-normalized, spaces collapsed, empty text as null; a party date implies membership. */
    public PersonDetails cleaned() {
        return new PersonDetails(VietnameseText.cleanOrNull(fullName), gender, birth, VietnameseText.cleanOrNull(homeTown),
                VietnameseText.cleanOrNull(rank), VietnameseText.cleanOrNull(position), VietnameseText.cleanOrNull(category),
                partyMember || partyDate != null, partyDate, startDate, VietnameseText.cleanOrNull(education),
                notes == null ? null : VietnameseText.nfc(notes).strip());
    }

    /** Only a name is required: a roster row often has little else. */
    public static PersonDetails named(String fullName) {
        return new PersonDetails(fullName, null, null, null, null, null, null, false, null, null, null, null);
    }

    /** These details with every blank field filled from {@code older}, for imports that must not erase data. */
    public PersonDetails over(PersonDetails older) {
        return new PersonDetails(fullName, pick(gender, older.gender), pick(birth, older.birth), pick(homeTown, older.homeTown),
                pick(rank, older.rank), pick(position, older.position), pick(category, older.category),
                partyMember || older.partyMember, pick(partyDate, older.partyDate), pick(startDate, older.startDate),
                pick(education, older.education), pick(notes, older.notes));
    }

    private static <T> T pick(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
