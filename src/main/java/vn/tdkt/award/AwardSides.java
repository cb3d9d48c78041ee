package vn.tdkt.award;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Table;

/**
 * The two sides of an award list, tập thể and cá nhân. A Tờ trình or Quyết định for people only names and
 * lists only "I. CÁ NHÂN", and speaks of "cá nhân" throughout: an empty table, "0 tập thể" or a list titled for
 * "tập thể, cá nhân" that holds no collective reads as a list left unfinished.
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

    /** "tập thể, cá nhân", or only the side that has someone: "cá nhân" (the list's title, "các … có tên tại Điều 1"). */
    static String kinds(int collectives, int individuals) {
        if (collectives > 0 && individuals > 0) {
            return "tập thể, cá nhân";
        }
        return collectives > 0 ? "tập thể" : "cá nhân";
    }

    /** A side of the list: its heading ("TẬP THỂ"), the header of its name column and who is on it. */
    record Side<T>(String heading, String nameHeader, List<T> members) {
        static <T> Side<T> collectives(List<T> members) {
            return new Side<>("TẬP THỂ", "Tên tập thể", members);
        }

        static <T> Side<T> individuals(List<T> members) {
            return new Side<>("CÁ NHÂN", "Họ và tên", members);
        }
    }

    /**
     * Each side that has someone, in the order given, as a heading numbered I, II as printed and its table, built
     * from the side's name header and members.
     */
    @SafeVarargs
    static <T> void list(DocumentBuilder builder, BiFunction<String, List<T>, Table> table, Side<T>... sides) {
        int printed = 0;
        for (Side<T> side : sides) {
            if (!side.members().isEmpty()) {
                builder.heading1(NUMBERS[printed++] + ". " + side.heading()).table(table.apply(side.nameHeader(), side.members()));
            }
        }
    }
}
