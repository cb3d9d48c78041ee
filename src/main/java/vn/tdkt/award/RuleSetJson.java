package vn.tdkt.award;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.tdkt.core.AppException;

/** The one JSON form of a rule set, shipped under {@code vn/tdkt/award/rules/CODE.json} and stored when edited. */
final class RuleSetJson {
    /** The shipped sets, army first: which one a unit works under is its choice. */
    static final List<String> SHIPPED = List.of("army", "civil");
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create();

    private RuleSetJson() {
    }

    static RuleSet shipped(String code) {
        if (!SHIPPED.contains(code)) {
            throw new AppException("award.error.noRuleSet", code);
        }
        try (InputStream in = RuleSetJson.class.getResourceAsStream("rules/" + code + ".json")) {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RuleSet read(String json) {
        try {
            return GSON.fromJson(json, RuleSet.class);
        } catch (JsonParseException e) {
            throw new AppException(e, "award.error.badRuleSet", e.getMessage());
        }
    }

    static String write(RuleSet rules) {
        return GSON.toJson(rules);
    }
}
