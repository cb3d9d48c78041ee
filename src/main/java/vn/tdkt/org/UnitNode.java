package vn.tdkt.org;

/** A unit with its depth in the tree, in tree order (parents before children, siblings by order). */
public record UnitNode(Unit unit, int depth) {
}
