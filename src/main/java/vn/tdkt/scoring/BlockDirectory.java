package vn.tdkt.scoring;

import java.util.List;

/**
 * The khối thi đua of a year, as the plan feature keeps them. Scoring only reads them: a period opened
 * for a block stores the block's id and takes its member units at that moment.
 */
public interface BlockDirectory {
    /** A block: peer units ranked together, its head unit first among {@code unitIds}. */
    record Block(String id, String name, List<String> unitIds) {
    }

    List<Block> blocks(int year);

    /** Until the plan feature provides blocks, periods are opened for units chosen from the tree. */
    BlockDirectory NONE = year -> List.of();
}
