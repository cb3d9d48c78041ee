package vn.tdkt.org;

import java.util.List;
import java.util.Locale;

/**
 * A roster column a spreadsheet can carry, with the header texts units actually write for it
 * (folded: no marks, lower case). The labels in both languages are recognised too.
 */
public enum RosterField {
    /** The row number: not stored, but where it stops the table has ended (footers carry none). */
    SERIAL("stt", "tt", "so tt", "so thu tu", "no"),
    FULL_NAME("ho va ten", "ho ten", "ho va ten khai sinh", "ho ten khai sinh", "full name", "name"),
    GENDER("gioi tinh", "gioi", "nam nu", "gender"),
    BIRTH_DATE("ngay sinh", "ngay thang nam sinh", "nam sinh", "sinh ngay", "thang nam sinh", "date of birth", "birth date"),
    HOME_TOWN("que quan", "nguyen quan", "home town"),
    RANK("cap bac", "quan ham", "cap bac quan ham", "ngach", "ngach bac", "rank"),
    POSITION("chuc vu", "chuc danh", "position"),
    CATEGORY("doi tuong", "phan loai", "thanh phan", "loai", "category"),
    PARTY_MEMBER("dang vien", "party member"),
    PARTY_DATE("ngay vao dang", "vao dang", "ngay ket nap dang", "party date"),
    START_DATE("nhap ngu", "ngay nhap ngu", "thang nam nhap ngu", "ngay vao co quan", "ngay tuyen dung", "start date"),
    EDUCATION("trinh do", "hoc van", "trinh do hoc van", "van hoa", "trinh do chuyen mon", "education"),
    NOTES("ghi chu", "notes", "note"),
    /** Số hiệu quân nhân or số CCCD: when present, what recognises a person across imports. */
    IDENTIFIER("so hieu quan nhan", "so hieu", "so hieu qn", "shqn", "so cccd", "cccd", "so can cuoc", "so can cuoc cong dan",
            "so cmnd", "cmnd", "so dinh danh", "identifier", "id number"),
    UNIT_CODE("ma don vi", "unit code"),
    UNIT_NAME("don vi", "co quan don vi", "unit");

    private final List<String> aliases;

    RosterField(String... aliases) {
        this.aliases = List.of(aliases);
    }

    public List<String> aliases() {
        return aliases;
    }

    /** The column's label in the bundles ("Họ và tên"). */
    public String messageKey() {
        return "roster.field." + name().toLowerCase(Locale.ROOT);
    }

    /** Columns that name the unit a row belongs to. */
    public boolean namesUnit() {
        return this == UNIT_CODE || this == UNIT_NAME;
    }
}
