package vn.tdkt.exchange;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.nio.charset.StandardCharsets;
import vn.tdkt.core.AppException;

/** The one JSON form of a package's records: UTF-8, indented so a person can read it, no HTML escaping. */
final class PackageJson {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private PackageJson() {
    }

    static byte[] write(Object value) {
        return GSON.toJson(value).getBytes(StandardCharsets.UTF_8);
    }

    /** The summary counts as stored in the received list. */
    static String toText(java.util.Map<String, Integer> summary) {
        return GSON.toJson(summary);
    }

    static java.util.Map<String, Integer> summary(String text) {
        return GSON.fromJson(text, new com.google.gson.reflect.TypeToken<java.util.LinkedHashMap<String, Integer>>() { }.getType());
    }

    /** Reads one entry; malformed JSON names the entry in the message. */
    static <T> T read(byte[] bytes, Class<T> type, String entry) {
        try {
            T value = GSON.fromJson(new String(bytes, StandardCharsets.UTF_8), type);
            if (value == null) {
                throw new AppException("exchange.error.badJson", entry, "∅");
            }
            return value;
        } catch (JsonParseException e) {
            throw new AppException(e, "exchange.error.badJson", entry, e.getMessage());
        }
    }
}
