package vn.tdkt.core;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Numbers the Vietnamese way: "1.200.000", "98,6", and amounts in words for money. */
public final class VietnameseNumbers {
    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] GROUPS = {"", " nghìn", " triệu", " tỷ"};

    private VietnameseNumbers() {
    }

    private static DecimalFormat format(String pattern) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(VietnameseNames.VIETNAMESE);
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format;
    }

    /** "1.200.000". */
    public static String grouped(long value) {
        return format("#,##0").format(value);
    }

    /** Up to {@code decimals} places, trailing zeros dropped: 98.6 → "98,6", 90.0 → "90". */
    public static String decimal(double value, int decimals) {
        return format("#,##0" + (decimals > 0 ? "." + "#".repeat(decimals) : "")).format(value);
    }

    /** Reads "1.200.000", "98,6", "98.6" (a single dot followed by other than three digits is a decimal point). */
    public static BigDecimal parse(String text) {
        String value = VietnameseText.clean(text).replace(" ", "");
        if (value.isEmpty()) {
            throw new NumberFormatException("empty");
        }
        if (value.contains(",")) {
            value = value.replace(".", "").replace(',', '.');
        } else if (value.matches("-?\\d{1,3}(\\.\\d{3})+")) {
            value = value.replace(".", "");
        }
        return new BigDecimal(value);
    }

    /** "một triệu hai trăm nghìn đồng"; zero is "không đồng". */
    public static String moneyInWords(long amount) {
        return inWords(amount) + " đồng";
    }

    /** Spoken Vietnamese for a whole number, as used on decisions and receipts. */
    public static String inWords(long value) {
        if (value == 0) {
            return DIGITS[0];
        }
        if (value < 0) {
            return "âm " + inWords(-value);
        }
        StringBuilder out = new StringBuilder();
        long billions = value / 1_000_000_000L;
        long rest = value % 1_000_000_000L;
        if (billions > 0) {
            out.append(inWords(billions)).append(" tỷ");
        }
        int[] groups = {(int) (rest / 1_000_000), (int) (rest / 1_000 % 1_000), (int) (rest % 1_000)};
        boolean started = billions > 0;
        for (int i = 0; i < groups.length; i++) {
            int group = groups[i];
            if (group == 0) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(threeDigits(group, started)).append(GROUPS[2 - i]);
            started = true;
        }
        return out.toString();
    }

    /** A group of three digits; inside a larger number a short group is read in full ("không trăm linh năm"). */
    private static String threeDigits(int n, boolean full) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int units = n % 10;
        StringBuilder out = new StringBuilder();
        if (hundreds > 0 || full) {
            out.append(DIGITS[hundreds]).append(" trăm");
            if (tens == 0 && units > 0) {
                out.append(" linh");
            }
        }
        if (tens > 1) {
            append(out, DIGITS[tens] + " mươi");
        } else if (tens == 1) {
            append(out, "mười");
        }
        if (units > 0) {
            String unit = switch (units) {
                case 1 -> tens > 1 ? "mốt" : "một";
                case 4 -> tens > 1 ? "tư" : "bốn";
                case 5 -> tens > 0 ? "lăm" : "năm";
                default -> DIGITS[units];
            };
            append(out, unit);
        }
        return out.toString();
    }

    private static void append(StringBuilder out, String word) {
        if (!out.isEmpty()) {
            out.append(' ');
        }
        out.append(word);
    }
}
