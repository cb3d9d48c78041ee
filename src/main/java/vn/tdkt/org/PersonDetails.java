package vn.tdkt.org;

import java.util.Locale;
import vn.tdkt.core.VietnameseDates.Parsed;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.core.VietnameseTones;

/**
 * What the officer keeps about a person. Dates keep the precision they were typed with: rosters
 * often know only the year of birth or the month of enlistment. {@code identifier} is the optional
 * số hiệu quân nhân or số CCCD: when a sheet has it, it is what recognises the person.
 */
public record PersonDetails(String fullName, Gender gender, Parsed birth, String homeTown, String rank,
                            String position, String category, boolean partyMember, Parsed partyDate,
                            Parsed startDate, String education, String notes, String identifier) {

    /** Details without an identifier (most rosters have none). */
    public PersonDetails(String fullName, Gender gender, Parsed birth, String homeTown, String rank, String position,
                         String category, boolean partyMember, Parsed partyDate, Parsed startDate, String education, String notes) {
        this(fullName, gender, birth, homeTown, rank, position, category, partyMember, partyDate, startDate, education, notes, null);
    }

    /**
     * Every text NFC-normalized, spaces collapsed, tones placed canonically ("Thiếu uý" → "Thiếu úy"),
     * empty text as null; a party date implies membership; the identifier without spaces, upper case.
     */
    public PersonDetails cleaned() {
        return new PersonDetails(word(fullName), gender, birth, word(homeTown), word(rank), word(position), word(category),
                partyMember || partyDate != null, partyDate, startDate, word(education),
                notes == null ? null : VietnameseText.nfc(notes).strip(), identifier(identifier));
    }

    private static String word(String text) {
        return VietnameseTones.canonical(VietnameseText.cleanOrNull(text));
    }

    /** "001 090 012 345" and "001090012345" are one card number; "qn-123" is "QN-123". */
    public static String identifier(String text) {
        String clean = VietnameseText.cleanOrNull(text);
        return clean == null ? null : clean.replace(" ", "").toUpperCase(Locale.ROOT);
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
                pick(education, older.education), pick(notes, older.notes), pick(identifier, older.identifier));
    }

    private static <T> T pick(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
