package vn.tdkt.award;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Table;

/**
 * The two sides of an award list, tập thể and cá nhân. A Tờ trình or Quyết định for people only names and
 * lists only "I. CÁ NHÂN": an empty table or "0 tập thể" reads as a list left unfinished.
 */
final class AwardSides {
    private static final String[] NUMBERS = {"I", "II"};

    private AwardSides() {
    }

    /** "2 tập thể và 3 cá nhân", or only the side that has someone: "3 cá nhân". */
    static String whom(int collectives, int individuals) {
        List<String> sides = new ArrayList<>();
        if (collectives > 0) {
            sides.add(collectives + " tập thể");
        }
        if (individuals > 0) {
            sides.add(individuals + " cá nhân");
        }
        return String.join(" và ", sides);
    }

    /** A side of the list: its heading ("TẬP THỂ") and who is on it. */
    record Side<T>(String heading, List<T> members) {
    }

    /** Each side that has someone, in the order given, as a heading numbered I, II as printed and its table. */
    @SafeVarargs
    static <T> void list(DocumentBuilder builder, Function<List<T>, Table> table, Side<T>... sides) {
        int printed = 0;
        for (Side<T> side : sides) {
            if (!side.members().isEmpty()) {
                builder.heading1(NUMBERS[printed++] + ". " + side.heading()).table(table.apply(side.members()));
            }
        }
    }
}
