package vn.tdkt.org;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.core.VietnameseText;

/**
 * Finds the unit a spreadsheet names: by code first, then by name or short name, all folded
 * ("dai doi 1" = "Đại đội 1"). A name shared by several units ("Trung đội 1") matches none.
 */
public final class UnitMatcher {
    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<String, List<Unit>> byName = new HashMap<>();

    public UnitMatcher(List<Unit> units) {
        for (Unit unit : units) {
            byCode.put(VietnameseText.fold(unit.code()), unit);
            List<String> names = new ArrayList<>(List.of(VietnameseText.fold(unit.name())));
            if (unit.shortName() != null && !VietnameseText.fold(unit.shortName()).equals(names.getFirst())) {
                names.add(VietnameseText.fold(unit.shortName()));
            }
            for (String name : names) {
                byName.computeIfAbsent(name, n -> new ArrayList<>()).add(unit);
            }
        }
    }

    public Optional<Unit> find(String text) {
        String key = VietnameseText.fold(text);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        Unit coded = byCode.get(key);
        if (coded != null) {
            return Optional.of(coded);
        }
        List<Unit> named = byName.getOrDefault(key, List.of());
        return named.size() == 1 ? Optional.of(named.getFirst()) : Optional.empty();
    }
}
