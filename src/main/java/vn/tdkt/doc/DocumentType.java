package vn.tdkt.doc;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The kinds of numbered documents and their Decree-30 abbreviations ("QĐ" in "05/QĐ-TrĐ19"). */
public enum DocumentType {
    DECISION("QĐ"),
    PROPOSAL("TTr"),
    PLAN("KH"),
    REPORT("BC"),
    MINUTES("BB");

    private final String code;

    DocumentType(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The label's message key. */
    public String labelKey() {
        return "doc.type." + name();
    }

    public static Optional<DocumentType> ofCode(String code) {
        for (DocumentType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** "05/QĐ-TrĐ19": the sequence zero-padded below 10, as Decree 30 writes it. */
    public String number(int sequence, String unitCode) {
        return (sequence < 10 ? "0" : "") + sequence + "/" + code + "-" + unitCode;
    }

    /** The sequence of a number written in this type's form, if it is ("12/QĐ-TrĐ19" → 12). */
    public Optional<Integer> sequenceOf(String number) {
        Matcher matcher = Pattern.compile("^0*(\\d{1,6})/" + Pattern.quote(code) + "-.+$").matcher(number);
        return matcher.matches() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
