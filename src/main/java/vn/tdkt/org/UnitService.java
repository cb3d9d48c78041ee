package vn.tdkt.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;

/** The unit tree: add, edit, move under another parent, dissolve (keeping people and history). */
public final class UnitService {
    /** Codes go on the command line and into file names: letters, digits, dot, dash, underscore. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,30}");
    private static final String ENTITY = "unit";

    private final Database database;
    private final UnitRepository units;
    private final AuditTrail audit;

    public UnitService(Database database, UnitRepository units, AuditTrail audit) {
        this.database = database;
        this.units = units;
        this.audit = audit;
    }

    public List<Unit> all() {
        return units.all();
    }

    /** Every unit in tree order: each parent before its children, siblings by their order then name. */
    public List<UnitNode> tree() {
        List<Unit> all = units.all();
        Map<String, List<Unit>> children = new HashMap<>();
        Set<String> ids = new LinkedHashSet<>();
        all.forEach(u -> ids.add(u.id()));
        for (Unit unit : all) {
            String parent = unit.parentId() != null && ids.contains(unit.parentId()) ? unit.parentId() : null;
            children.computeIfAbsent(parent, p -> new ArrayList<>()).add(unit);
        }
        Comparator<Unit> order = Comparator.comparingInt(Unit::sortOrder).thenComparing(Unit::name, VietnameseNames.textOrder());
        children.values().forEach(list -> list.sort(order));
        List<UnitNode> nodes = new ArrayList<>(all.size());
        addSubtree(null, 0, children, nodes);
        return nodes;
    }

    private static void addSubtree(String parent, int depth, Map<String, List<Unit>> children, List<UnitNode> out) {
        for (Unit unit : children.getOrDefault(parent, List.of())) {
            out.add(new UnitNode(unit, depth));
            addSubtree(unit.id(), depth + 1, children, out);
        }
    }

    public Unit get(String id) {
        return units.byId(id).orElseThrow(() -> new AppException("unit.error.notFound", id));
    }

    public Optional<Unit> byCode(String code) {
        return units.byCode(VietnameseText.clean(code));
    }

    /** The unit and every unit below it. */
    public Set<String> subtreeIds(String unitId) {
        Set<String> ids = new LinkedHashSet<>();
        boolean inside = false;
        int depth = 0;
        for (UnitNode node : tree()) {
            if (node.unit().id().equals(unitId)) {
                inside = true;
                depth = node.depth();
                ids.add(unitId);
            } else if (inside && node.depth() > depth) {
                ids.add(node.unit().id());
            } else if (inside) {
                break;
            }
        }
        return ids;
    }

    /** Finds the units a roster sheet names among this installation's own: a received unit is read-only here. */
    public UnitMatcher matcher() {
        return new UnitMatcher(units.own());
    }

    /** Adds a unit at the end of its parent's children (or at the top level when parentId is null). */
    public Unit add(String parentId, String code, String name, String shortName, String kind) {
        return database.transactionResult(() -> {
            if (parentId != null) {
                get(parentId);
            }
            Unit unit = validated(new Unit(Ids.newId(), parentId, code, name, shortName, kind, units.nextSortOrder(parentId), null), null);
            units.insert(unit);
            audit.created(ENTITY, unit.id(), unit.code() + " " + unit.name());
            return unit;
        });
    }

    /** Saves code, names, kind and order; the parent changes only through {@link #move}. */
    public Unit update(Unit changed) {
        return database.transactionResult(() -> {
            Unit before = get(changed.id());
            Unit unit = validated(new Unit(before.id(), before.parentId(), changed.code(), changed.name(), changed.shortName(),
                    changed.kind(), changed.sortOrder(), before.dissolvedOn()), before);
            units.update(unit);
            audit.changed(ENTITY, unit.id(), "code", before.code(), unit.code());
            audit.changed(ENTITY, unit.id(), "name", before.name(), unit.name());
            audit.changed(ENTITY, unit.id(), "shortName", before.shortName(), unit.shortName());
            audit.changed(ENTITY, unit.id(), "kind", before.kind(), unit.kind());
            audit.changed(ENTITY, unit.id(), "sortOrder", before.sortOrder(), unit.sortOrder());
            return unit;
        });
    }

    /** Moves a unit (with everything under it) under another parent; refuses to put it inside itself. */
    public void move(String unitId, String newParentId) {
        database.transaction(() -> {
            Unit unit = get(unitId);
            if (newParentId != null) {
                Unit parent = get(newParentId);
                if (subtreeIds(unitId).contains(newParentId)) {
                    throw new AppException("unit.error.moveInside", unit.name(), parent.name());
                }
            }
            if (Objects.equals(unit.parentId(), newParentId)) {
                return;
            }
            units.update(new Unit(unit.id(), newParentId, unit.code(), unit.name(), unit.shortName(), unit.kind(),
                    units.nextSortOrder(newParentId), unit.dissolvedOn()));
            audit.changed(ENTITY, unitId, "parent", unit.parentId(), newParentId);
        });
    }

    /** Marks the unit and everything under it dissolved; people and history stay. */
    public void dissolve(String unitId, LocalDate on) {
        database.transaction(() -> {
            for (String id : subtreeIds(unitId)) {
                Unit unit = get(id);
                if (!unit.dissolved()) {
                    units.update(new Unit(unit.id(), unit.parentId(), unit.code(), unit.name(), unit.shortName(), unit.kind(),
                            unit.sortOrder(), on));
                    audit.changed(ENTITY, id, "dissolvedOn", null, on);
                }
            }
        });
    }

    /** Adds many units at once (sample data, a tree built elsewhere) without per-unit audit entries. */
    public void addAll(List<Unit> tree) {
        database.transaction(() -> units.insertAll(tree.stream().map(u -> validated(u, null)).toList()));
    }

    private Unit validated(Unit unit, Unit before) {
        String code = VietnameseText.cleanOrNull(unit.code());
        String name = VietnameseText.cleanOrNull(unit.name());
        if (code == null) {
            throw new AppException("unit.error.codeRequired");
        }
        if (!CODE.matcher(code).matches()) {
            throw new AppException("unit.error.codeInvalid", code);
        }
        if (name == null) {
            throw new AppException("unit.error.nameRequired");
        }
        Optional<Unit> sameCode = units.byCode(code);
        if (sameCode.isPresent() && (before == null || !sameCode.get().id().equals(before.id()))) {
            throw new AppException("unit.error.codeTaken", code, sameCode.get().name());
        }
        return new Unit(unit.id(), unit.parentId(), code, name, VietnameseText.cleanOrNull(unit.shortName()),
                VietnameseText.cleanOrNull(unit.kind()), unit.sortOrder(), unit.dissolvedOn());
    }
}
