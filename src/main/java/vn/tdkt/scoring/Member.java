package vn.tdkt.scoring;

/** Who is scored in a period: a unit (code = its ký hiệu) or a person of a unit (code = a short id). */
public record Member(String id, String code, String name) {
}
