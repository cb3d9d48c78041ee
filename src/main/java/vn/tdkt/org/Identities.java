package vn.tdkt.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tdkt.core.VietnameseText;

/**
 * Who an imported row is. Sure only on the identifier (số hiệu quân nhân / số CCCD) or on the
 * canonical name (marks kept, tone placement and case ignored) with the same birth date and no
 * conflicting identifier; a row that could be someone but not surely is "cần xem lại". Folding away
 * the marks is for search only: "Nguyễn Văn Hưng" is never taken for "Nguyễn Văn Hùng".
 */
final class Identities {
    /** What a row was recognised as. */
    sealed interface Match {
        record None() implements Match {
        }

        record Sure(String personId) implements Match {
        }

        record Unsure(String reasonKey, List<ImportPreview.Candidate> candidates) implements Match {
        }
    }

    private final Map<String, PersonRepository.Identity> byIdentifier = new HashMap<>();
    private final Map<String, List<PersonRepository.Identity>> byName = new HashMap<>();
    private final Map<String, List<PersonRepository.Identity>> byFoldedAndBirth = new HashMap<>();
    private final Map<String, String> unitNames;

    Identities(List<PersonRepository.Identity> people, Map<String, String> unitNames) {
        this.unitNames = unitNames;
        for (PersonRepository.Identity person : people) {
            if (person.identifier() != null) {
                byIdentifier.putIfAbsent(person.identifier(), person);
            }
            byName.computeIfAbsent(person.nameKey(), k -> new ArrayList<>()).add(person);
            if (person.birth() != null) {
                byFoldedAndBirth.computeIfAbsent(person.nameFolded() + "|" + person.birth(), k -> new ArrayList<>()).add(person);
            }
        }
    }

    Match match(PersonDetails row) {
        String name = PersonRepository.nameKey(row.fullName());
        LocalDate birth = RosterDates.date(row.birth());
        String identifier = row.identifier();
        if (identifier != null && byIdentifier.containsKey(identifier)) {
            PersonRepository.Identity same = byIdentifier.get(identifier);
            return same.nameKey().equals(name) ? new Match.Sure(same.id())
                    : unsure("roster.review.identifierOtherName", List.of(same));
        }
        // A person who has another identifier is someone else, whatever the name.
        List<PersonRepository.Identity> named = byName.getOrDefault(name, List.of()).stream()
                .filter(p -> identifier == null || p.identifier() == null || p.identifier().equals(identifier)).toList();
        if (birth != null) {
            List<PersonRepository.Identity> sameBirth = named.stream().filter(p -> birth.equals(p.birth())).toList();
            if (sameBirth.size() == 1) {
                return new Match.Sure(sameBirth.getFirst().id());
            }
            if (sameBirth.size() > 1) {
                return unsure("roster.review.several", sameBirth);
            }
            List<PersonRepository.Identity> noBirth = named.stream().filter(p -> p.birth() == null).toList();
            if (!noBirth.isEmpty()) {
                return unsure("roster.review.noBirth", noBirth);
            }
            List<PersonRepository.Identity> lookAlike = byFoldedAndBirth.getOrDefault(VietnameseText.fold(row.fullName()) + "|" + birth, List.of())
                    .stream().filter(p -> !p.nameKey().equals(name)).toList();
            if (!lookAlike.isEmpty()) {
                return unsure("roster.review.marks", lookAlike);
            }
            return new Match.None();
        }
        return named.isEmpty() ? new Match.None() : unsure("roster.review.noBirth", named);
    }

    private Match unsure(String reasonKey, List<PersonRepository.Identity> people) {
        return new Match.Unsure(reasonKey, people.stream().map(p -> new ImportPreview.Candidate(p.id(), p.fullName(),
                Objects.requireNonNullElse(unitNames.get(p.unitId()), ""), p.birth(), p.identifier())).toList());
    }
}
