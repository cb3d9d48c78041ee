package vn.tdkt.plan;

/** A title or award form one can register for, for people or for units. */
public record EmulationTitle(String name, TitleFamily family, boolean forUnit) {
}
