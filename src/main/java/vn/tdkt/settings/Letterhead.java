package vn.tdkt.settings;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.doc.Issuer;

/**
 * The unit's letterhead: what every document's Decree-30 header and signature block need.
 * Names are kept as typed; documents put them in upper case where the decree wants it.
 *
 * @param superiorBody  the direct superior, e.g. "Sư đoàn 395"
 * @param unitName      the issuing unit, e.g. "Trung đoàn 9"
 * @param shortCode     the unit's code in document numbers, e.g. "TrĐ9" in "05/QĐ-TrĐ9"
 * @param placeName     the place in the date line, e.g. "Hà Tĩnh"
 */
public record Letterhead(String superiorBody, String unitName, String shortCode, String placeName,
                         String commanderTitle, String commanderRank, String commanderName,
                         String commissarTitle, String commissarRank, String commissarName) {

    /** The setting keys, in form order; also the resource keys of their labels ("settings.field." + key). */
    public static final List<String> FIELDS = List.of("superiorBody", "unitName", "shortCode", "placeName",
            "commanderTitle", "commanderRank", "commanderName", "commissarTitle", "commissarRank", "commissarName");

    public Letterhead {
        superiorBody = clean(superiorBody);
        unitName = clean(unitName);
        shortCode = clean(shortCode);
        placeName = clean(placeName);
        commanderTitle = clean(commanderTitle);
        commanderRank = clean(commanderRank);
        commanderName = clean(commanderName);
        commissarTitle = clean(commissarTitle);
        commissarRank = clean(commissarRank);
        commissarName = clean(commissarName);
    }

    /** The letterhead whose field {@code key} (one of {@link #FIELDS}) has {@code value.apply(key)}: how stored and typed values become one. */
    public static Letterhead of(java.util.function.Function<String, String> value) {
        return new Letterhead(value.apply("superiorBody"), value.apply("unitName"), value.apply("shortCode"), value.apply("placeName"),
                value.apply("commanderTitle"), value.apply("commanderRank"), value.apply("commanderName"),
                value.apply("commissarTitle"), value.apply("commissarRank"), value.apply("commissarName"));
    }

    public static Letterhead empty() {
        return of(field -> "");
    }

    private static String clean(String value) {
        String cleaned = VietnameseText.clean(value);
        return cleaned == null ? "" : cleaned;
    }

    /** The header and signers documents are issued under. */
    public Issuer issuer() {
        return new Issuer(superiorBody, unitName, shortCode, placeName, new Issuer.Signer(commanderTitle, commanderRank, commanderName),
                new Issuer.Signer(commissarTitle, commissarRank, commissarName));
    }

    /** The keys of fields a document header cannot do without that are still empty. */
    public List<String> missingForDocuments() {
        List<String> missing = new ArrayList<>();
        if (superiorBody.isEmpty()) {
            missing.add("superiorBody");
        }
        if (unitName.isEmpty()) {
            missing.add("unitName");
        }
        if (shortCode.isEmpty()) {
            missing.add("shortCode");
        }
        if (placeName.isEmpty()) {
            missing.add("placeName");
        }
        if (commanderTitle.isEmpty()) {
            missing.add("commanderTitle");
        }
        if (commanderName.isEmpty()) {
            missing.add("commanderName");
        }
        return missing;
    }

    public String get(String field) {
        return switch (field) {
            case "superiorBody" -> superiorBody;
            case "unitName" -> unitName;
            case "shortCode" -> shortCode;
            case "placeName" -> placeName;
            case "commanderTitle" -> commanderTitle;
            case "commanderRank" -> commanderRank;
            case "commanderName" -> commanderName;
            case "commissarTitle" -> commissarTitle;
            case "commissarRank" -> commissarRank;
            case "commissarName" -> commissarName;
            default -> throw new IllegalArgumentException("Unknown letterhead field " + field);
        };
    }
}
