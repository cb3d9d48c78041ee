package vn.tdkt.exchange;

import java.time.LocalDate;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseDates.Parsed;
import vn.tdkt.core.VietnameseDates.Precision;
import vn.tdkt.org.Gender;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Unit;

/** The JSON form of a snapshot's records ({@code data/units.json}, {@code data/people.json}); dates as ISO text. */
final class SnapshotRecords {
    private SnapshotRecords() {
    }

    record UnitJson(String id, String parentId, String code, String name, String shortName, String kind, int sortOrder,
                    String dissolvedOn) {
        static UnitJson of(Unit u, boolean root) {
            return new UnitJson(u.id(), root ? null : u.parentId(), u.code(), u.name(), u.shortName(), u.kind(), u.sortOrder(),
                    text(u.dissolvedOn()));
        }

        Unit toUnit(String parent, int order) {
            return new Unit(id, parent, vn.tdkt.core.VietnameseText.clean(code), vn.tdkt.core.VietnameseText.clean(name),
                    vn.tdkt.core.VietnameseText.cleanOrNull(shortName), vn.tdkt.core.VietnameseText.cleanOrNull(kind), order,
                    date(dissolvedOn));
        }
    }

    record PersonJson(String id, String unitId, String fullName, String gender, String birthDate, String birthPrecision,
                      String homeTown, String rank, String position, String category, boolean partyMember, String partyDate,
                      String partyPrecision, String startDate, String startPrecision, String education, String notes,
                      String leftOn, String leftReason) {
        static PersonJson of(Person p) {
            PersonDetails d = p.details();
            return new PersonJson(p.id(), p.unitId(), d.fullName(), d.gender() == null ? null : d.gender().name(),
                    dateText(d.birth()), precision(d.birth()), d.homeTown(), d.rank(), d.position(), d.category(),
                    d.partyMember(), dateText(d.partyDate()), precision(d.partyDate()), dateText(d.startDate()),
                    precision(d.startDate()), d.education(), d.notes(), text(p.leftOn()), p.leftReason());
        }

        Person toPerson() {
            PersonDetails details = new PersonDetails(fullName, gender == null ? null : genderOf(gender), parsed(birthDate, birthPrecision),
                    homeTown, rank, position, category, partyMember, parsed(partyDate, partyPrecision),
                    parsed(startDate, startPrecision), education, notes).cleaned();
            if (details.fullName() == null) {
                throw new AppException("exchange.error.badRecords", "people: " + id);
            }
            return new Person(id, unitId, details, date(leftOn), vn.tdkt.core.VietnameseText.cleanOrNull(leftReason));
        }
    }

    record Units(UnitJson[] units) {
    }

    record People(PersonJson[] people) {
    }

    private static Gender genderOf(String name) {
        try {
            return Gender.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new AppException(e, "exchange.error.badRecords", "gender " + name);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String dateText(Parsed parsed) {
        return parsed == null ? null : parsed.date().toString();
    }

    private static String precision(Parsed parsed) {
        return parsed == null ? null : parsed.precision().name();
    }

    private static Parsed parsed(String date, String precision) {
        LocalDate day = date(date);
        if (day == null) {
            return null;
        }
        try {
            return new Parsed(day, precision == null ? Precision.DAY : Precision.valueOf(precision));
        } catch (IllegalArgumentException e) {
            throw new AppException(e, "exchange.error.badRecords", "precision " + precision);
        }
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new AppException(e, "exchange.error.badRecords", text);
        }
    }
}
