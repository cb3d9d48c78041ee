package vn.tdkt.award;

import com.google.gson.annotations.SerializedName;
import java.math.RoundingMode;

/** How a cap given as a share of a population becomes a whole number of people or units. */
public enum Rounding {
    @SerializedName("down") DOWN(RoundingMode.DOWN),
    @SerializedName("up") UP(RoundingMode.UP),
    @SerializedName("halfUp") HALF_UP(RoundingMode.HALF_UP);

    private final RoundingMode mode;

    Rounding(RoundingMode mode) {
        this.mode = mode;
    }

    RoundingMode mode() {
        return mode;
    }
}
