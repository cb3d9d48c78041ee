package vn.tdkt.award;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** How far an initiative's or research topic's effect reaches, narrowest first. */
public enum Scope {
    @SerializedName("base") BASE,
    @SerializedName("ministry") MINISTRY,
    @SerializedName("national") NATIONAL;

    public boolean atLeast(Scope other) {
        return ordinal() >= other.ordinal();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Scope ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
