package vn.tdkt.org;

import java.time.LocalDate;

/** One spreadsheet cell as the import sees it: text, a real Excel date, a number, a formula error, or nothing. */
public sealed interface SheetCell {
    SheetCell BLANK = new Blank();

    /** The value as the officer would read it in the cell (for messages and text fields). */
    String shown();

    record Text(String text) implements SheetCell {
        @Override
        public String shown() {
            return text;
        }
    }

    record DateValue(LocalDate date) implements SheetCell {
        @Override
        public String shown() {
            return vn.tdkt.core.VietnameseDates.shortForm(date);
        }
    }

    record Number(double value) implements SheetCell {
        @Override
        public String shown() {
            return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
        }
    }

    /** A formula whose result is an error, e.g. "#REF!". */
    record Error(String code) implements SheetCell {
        @Override
        public String shown() {
            return code;
        }
    }

    record Blank() implements SheetCell {
        @Override
        public String shown() {
            return "";
        }
    }
}
