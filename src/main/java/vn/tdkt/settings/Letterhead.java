package vn.tdkt.settings;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.VietnameseText;

/**
 * The unit's letterhead: what every document's Decree-30 header and signature block need.
 * Names are kept as typed; documents put them in upper case where the decree wants it.
 *
 * @param superiorBody  the direct superior, e.g. "Sư đoàn 395"
 * @param unitName      the issuing unit, e.g. "Trung đoàn 9"
 * @param shortCode     the unit's code in document numbers, e.g. "TrĐ9" in "05/QĐ-TrĐ9"
 * @param placeName     the place in the date line, e.g. "Hà Tĩnh"
 * @param baseSalary    lương cơ sở in đồng, the base for bonus money
 */
public record Letterhead(String superiorBody, String unitName, String shortCode, String placeName,
                         String commanderTitle, String commanderRank, String commanderName,
                         String commissarTitle, String commissarRank, String commissarName,
                         long baseSalary) {

    /** The setting keys, in form order; also the resource keys of their labels ("settings.field." + key). */
    public static final List<String> FIELDS = List.of("superiorBody", "unitName", "shortCode", "placeName",
            "commanderTitle", "commanderRank", "commanderName", "commissarTitle", "commissarRank", "commissarName", "baseSalary");

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

    public static Letterhead empty() {
        return new Letterhead("", "", "", "", "", "", "", "", "", "", 0);
    }

    private static String clean(String value) {
        String cleaned = VietnameseText.clean(value);
        return cleaned == null ? "" : cleaned;
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
            case "baseSalary" -> Long.toString(baseSalary);
            default -> throw new IllegalArgumentException("Unknown letterhead field " + field);
        };
    }
}
