package vn.tdkt.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;

/**
 * Khối thi đua: the groups of peer units ranked together in a year. Scoring asks here for the blocks
 * of a year, their members and the head unit; a unit sits in at most one block a year.
 */
public final class BlockService {
    private final Database database;
    private final BlockRepository blocks;
    private final UnitService units;
    private final PledgeRepository pledges;
    private final AuditTrail audit;

    public BlockService(Database database, BlockRepository blocks, PledgeRepository pledges, UnitService units, AuditTrail audit) {
        this.database = database;
        this.blocks = blocks;
        this.pledges = pledges;
        this.units = units;
        this.audit = audit;
    }

    /** The blocks of a year, by name in Vietnamese order, each with its members in unit-tree order. */
    public List<Block> blocksOf(int year) {
        List<String> treeOrder = units.tree().stream().map(node -> node.unit().id()).toList();
        List<Block> all = new ArrayList<>();
        for (Block block : blocks.ofYear(year)) {
            List<String> members = new ArrayList<>(block.memberUnitIds());
            members.sort(Comparator.comparingInt(treeOrder::indexOf));
            all.add(new Block(block.id(), block.year(), block.name(), block.headUnitId(), members));
        }
        all.sort(Comparator.comparing(Block::name, VietnameseNames.textOrder()));
        return all;
    }

    public Block get(String blockId) {
        Block block = blocks.byId(blockId).orElseThrow(() -> new AppException("plan.error.notFound", blockId));
        return blocksOf(block.year()).stream().filter(b -> b.id().equals(blockId)).findFirst().orElse(block);
    }

    /** The member units of a block, in unit-tree order. */
    public List<Unit> members(String blockId) {
        Block block = get(blockId);
        List<Unit> members = new ArrayList<>();
        units.tree().forEach(node -> {
            if (block.memberUnitIds().contains(node.unit().id())) {
                members.add(node.unit());
            }
        });
        return members;
    }

    /** The trưởng khối, when one is named. */
    public Optional<Unit> headUnit(String blockId) {
        Block block = get(blockId);
        return block.headUnitId() == null ? Optional.empty() : Optional.of(units.get(block.headUnitId()));
    }

    /** The block a unit belongs to in a year. */
    public Optional<Block> blockOf(String unitId, int year) {
        return blocks.ofYear(year).stream().filter(b -> b.memberUnitIds().contains(unitId)).findFirst();
    }

    /**
     * Adds (id null) or saves a block: a name, at least two peer units, each in no other block that
     * year, and a head unit among them.
     */
    public Block save(Block edited) {
        return database.transactionResult(() -> {
            String name = VietnameseText.cleanOrNull(edited.name());
            if (name == null) {
                throw new AppException("plan.error.blockName");
            }
            List<String> members = List.copyOf(new LinkedHashSet<>(edited.memberUnitIds()));
            if (members.size() < 2) {
                throw new AppException("plan.error.blockMembers");
            }
            for (String unitId : members) {
                Unit unit = units.get(unitId);
                Optional<Block> other = blockOf(unitId, edited.year());
                if (other.isPresent() && !other.get().id().equals(edited.id())) {
                    throw new AppException("plan.error.unitInOtherBlock", unit.name(), other.get().name(), edited.year());
                }
            }
            if (edited.headUnitId() != null && !members.contains(edited.headUnitId())) {
                throw new AppException("plan.error.headNotMember");
            }
            boolean sameName = blocks.ofYear(edited.year()).stream()
                    .anyMatch(b -> !b.id().equals(edited.id()) && VietnameseText.fold(b.name()).equals(VietnameseText.fold(name)));
            if (sameName) {
                throw new AppException("plan.error.blockNameTaken", name, edited.year());
            }
            if (edited.id() == null) {
                Block added = new Block(Ids.newId(), edited.year(), name, edited.headUnitId(), members);
                blocks.insert(added);
                audit.created("block", added.id(), edited.year() + " " + name + " " + members);
                return added;
            }
            Block before = get(edited.id());
            Block saved = new Block(before.id(), before.year(), name, edited.headUnitId(), members);
            blocks.update(saved);
            audit.changed("block", saved.id(), "name", before.name(), saved.name());
            audit.changed("block", saved.id(), "head", before.headUnitId(), saved.headUnitId());
            audit.changed("block", saved.id(), "members", before.memberUnitIds(), saved.memberUnitIds());
            return saved;
        });
    }

    public void delete(String blockId) {
        database.transaction(() -> {
            Block block = get(blockId);
            if (pledges.anyInBlock(blockId)) {
                throw new AppException("plan.error.blockHasPledges", block.name());
            }
            blocks.delete(blockId);
            audit.deleted("block", blockId, block.year() + " " + block.name());
        });
    }
}
