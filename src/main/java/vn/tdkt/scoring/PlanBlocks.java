package vn.tdkt.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.tdkt.plan.BlockService;

/** The plan feature's khối thi đua as scoring reads them: the head unit first among the members. */
public final class PlanBlocks implements BlockDirectory {
    private final Supplier<BlockService> blocks;

    public PlanBlocks(Supplier<BlockService> blocks) {
        this.blocks = blocks;
    }

    @Override
    public List<Block> blocks(int year) {
        return blocks.get().blocksOf(year).stream().map(block -> {
            List<String> units = new ArrayList<>();
            if (block.headUnitId() != null) {
                units.add(block.headUnitId());
            }
            block.memberUnitIds().stream().filter(id -> !id.equals(block.headUnitId())).forEach(units::add);
            return new Block(block.id(), block.name(), units);
        }).toList();
    }
}
