package vn.tdkt.award;

import java.math.BigDecimal;

/**
 * A limit on how many may receive a title, as a share of the population considered. The law of 2022 sets none
 * for CSTĐCS; a unit may set its own, so it is data.
 *
 * @param percent  the share, e.g. 15 for 15 %
 * @param rounding how a fractional limit becomes a count
 */
public record Cap(double percent, Rounding rounding) {
    public Cap {
        if (rounding == null) {
            rounding = Rounding.DOWN;
        }
    }

    /** The most that may receive it out of {@code population}; decimal arithmetic, so 15 % of 80 is exactly 12. */
    public int limit(int population) {
        return BigDecimal.valueOf(percent).multiply(BigDecimal.valueOf(population))
                .divide(BigDecimal.valueOf(100)).setScale(0, rounding.mode()).intValueExact();
    }
}
