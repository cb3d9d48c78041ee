package vn.tdkt.award;

import com.google.gson.annotations.SerializedName;
import java.util.Locale;

/** Whom a title or a record is about: a person or a unit (tập thể). */
public enum SubjectKind {
    @SerializedName("person") PERSON,
    @SerializedName("unit") UNIT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubjectKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
