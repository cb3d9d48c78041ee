package vn.tdkt.plan;

/** A multi-year programme (giai đoạn 2026–2030) that year plans belong to. */
public record Programme(String id, String name, int firstYear, int lastYear) {
    public boolean covers(int year) {
        return year >= firstYear && year <= lastYear;
    }
}
