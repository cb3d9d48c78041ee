package vn.tdkt.scoring;

import java.util.ArrayList;
import java.util.List;

/**
 * The sample bộ tiêu chí for a company (đại đội), marked as a sample: its groups follow the seed's headings,
 * its points add up to 100 and its threshold is the healthy-troop target seen in army schemes; the
 * numbers are a starting point for the officer to adapt, not a regulation.
 */
public final class SampleCriteriaSet {
    private SampleCriteriaSet() {
    }

    public static CriteriaSet draft() {
        List<CriteriaGroup> groups = List.of(
                group("Huấn luyện, sẵn sàng chiến đấu",
                        points("HL1", "Kết quả huấn luyện kỹ thuật, chiến thuật", 10),
                        points("HL2", "Kết quả kiểm tra bắn súng, thể lực", 8),
                        points("HL3", "Duy trì chế độ trực sẵn sàng chiến đấu", 7)),
                group("Chính trị tư tưởng",
                        points("CT1", "Kết quả giáo dục chính trị, nắm tư tưởng", 10),
                        points("CT2", "Hoạt động văn hóa tinh thần, phong trào thi đua", 10)),
                group("Kỷ luật, an toàn",
                        points("KL1", "Chấp hành kỷ luật, điều lệnh, chế độ quy định", 10),
                        points("KL2", "Bảo đảm an toàn người, vũ khí, trang bị, giao thông", 10)),
                group("Hậu cần, kỹ thuật",
                        points("HC1", "Bảo đảm đời sống, tăng gia sản xuất", 8),
                        points("HC2", "Quản lý, bảo quản vũ khí, trang bị kỹ thuật", 7),
                        threshold("HC3", "Tỷ lệ quân số khỏe (%)", 5, Comparison.GT, 99.7)),
                group("Công tác đảng, công tác chính trị",
                        points("CD1", "Lãnh đạo của chi bộ, sinh hoạt đảng", 8),
                        points("CD2", "Hoạt động của tổ chức đoàn, hội đồng quân nhân", 7)));
        List<Criterion> bonuses = List.of(
                item("T1", "Thành tích đột xuất được cấp trên biểu dương", CriterionKind.BONUS, 3),
                item("T2", "Đạt giải trong hội thi, hội thao", CriterionKind.BONUS, 2));
        List<Criterion> penalties = List.of(
                item("TR1", "Vi phạm kỷ luật (mỗi trường hợp)", CriterionKind.PENALTY, 5),
                item("TR2", "Để xảy ra mất an toàn", CriterionKind.PENALTY, 5));
        List<Band> bands = List.of(new Band("Xuất sắc", 90), new Band("Tốt", 80), new Band("Khá", 65), new Band("Trung bình", 50));
        return new CriteriaSet(null, null, 1, "Bộ tiêu chí chấm điểm thi đua cấp đại đội (MẪU – cần điều chỉnh cho đơn vị)",
                true, RollUp.AVERAGE, TieBreak.BASE, 3.0, 5.0, groups, bonuses, penalties, bands);
    }

    private static CriteriaGroup group(String name, Criterion... criteria) {
        return new CriteriaGroup(null, name, new ArrayList<>(List.of(criteria)));
    }

    private static Criterion points(String code, String name, double max) {
        return new Criterion(null, null, code, name, CriterionKind.POINTS, max, null, null, null);
    }

    private static Criterion threshold(String code, String name, double points, Comparison comparison, double target) {
        return new Criterion(null, null, code, name, CriterionKind.THRESHOLD, points, comparison, target,
                "Nhập tỷ lệ đo được; đạt chỉ tiêu thì được đủ điểm");
    }

    private static Criterion item(String code, String name, CriterionKind kind, double max) {
        return new Criterion(null, null, code, name, kind, max, null, null, null);
    }
}
