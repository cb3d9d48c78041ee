package vn.tdkt.award;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** Sáng kiến (recognised) or đề tài nghiên cứu (accepted, nghiệm thu). */
public enum InitiativeKind {
    @SerializedName("initiative") INITIATIVE,
    @SerializedName("topic") TOPIC;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static InitiativeKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
