package vn.tdkt.doc.forms;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.settings.Letterhead;

/**
 * Fixed, fictional content for every form until the features fill them from their own data. The names
 * carry the hardest Vietnamese marks (Ư, Ơ, Đ, ẫ, ặ, ỹ) so every rendering shows whether marks sit right.
 * Document numbers use the unit's own code from the letterhead.
 */
public final class FormSamples {
    public static final String PERSON_1 = "Nguyễn Thị Hường";
    public static final String PERSON_2 = "Đặng Văn Ưng";
    public static final String PERSON_3 = "Lê Quang Mỹ";
    public static final String PERSON_4 = "Phạm Thị Ngọc Ẫn";
    public static final String COLLECTIVE_1 = "Đại đội 1, Tiểu đoàn 4";
    public static final String COLLECTIVE_2 = "Trung đội Thông tin, Đại đội 17";

    private final Letterhead letterhead;
    private final LocalDate date;

    public FormSamples(Letterhead letterhead, LocalDate date) {
        this.letterhead = letterhead;
        this.date = date;
    }

    public Letterhead letterhead() {
        return letterhead;
    }

    private String number(int sequence, String type) {
        return (sequence < 10 ? "0" : "") + sequence + "/" + type + "-" + letterhead.shortCode();
    }

    private List<Nominee> individuals() {
        long base = letterhead.baseSalary();
        return List.of(
                new Nominee(PERSON_1, "Thượng úy", "Trợ lý Tuyên huấn, Ban Chính trị", "Hoàn thành xuất sắc nhiệm vụ; 01 sáng kiến cấp cơ sở", "12", base, ""),
                new Nominee(PERSON_2, "Trung úy", "Trung đội trưởng, Đại đội 1", "Huấn luyện đạt giỏi; bắn đạn thật đạt 100% khá giỏi", "13", base, ""),
                new Nominee(PERSON_3, "Thiếu tá", "Tiểu đoàn phó, Tiểu đoàn 4", "Chỉ huy đơn vị đạt Đơn vị quyết thắng", "14", base, ""),
                new Nominee(PERSON_4, "Đại úy", "Chính trị viên phó, Đại đội 17", "Đặc biệt xuất sắc trong công tác dân vận", "15", base, ""));
    }

    private List<Nominee> collectives() {
        long bonus = Math.round(letterhead.baseSalary() * 1.5);
        return List.of(
                new Nominee(COLLECTIVE_1, "", "Tiểu đoàn 4", "Đơn vị quyết thắng; 100% quân số hoàn thành nhiệm vụ", "16", bonus, ""),
                new Nominee(COLLECTIVE_2, "", "Đại đội 17", "Bảo đảm thông tin liên lạc tuyệt đối an toàn", "17", bonus, ""));
    }

    private List<String> recipients(String... first) {
        List<String> recipients = new ArrayList<>(List.of(first));
        recipients.add("Lưu: VT, CT; Th06.");
        return recipients;
    }

    public ProposalLetter proposalLetter() {
        return new ProposalLetter(number(15, "TTr"), date, "Giấy khen", letterhead.superiorBody() + " (qua Phòng Chính trị)",
                "Thủ trưởng " + letterhead.superiorBody(), date.minusDays(3), "xuất sắc trong phong trào Thi đua Quyết thắng năm " + date.getYear(),
                collectives(), individuals(), recipients("Như trên;", "Chỉ huy " + letterhead.unitName() + ";"));
    }

    public AwardDecision awardDecision() {
        return new AwardDecision(number(5, "QĐ"), date, "Giấy khen", "Chính ủy " + letterhead.unitName(), number(15, "TTr"), date.minusDays(2),
                "xuất sắc trong phong trào Thi đua Quyết thắng năm " + date.getYear(), "quỹ thi đua, khen thưởng của đơn vị",
                "Chủ nhiệm Chính trị, Chủ nhiệm Hậu cần - Kỹ thuật, chỉ huy các cơ quan, đơn vị có liên quan",
                individuals(), collectives(), recipients("Như Điều 3;", "Phòng Chính trị " + letterhead.superiorBody() + ";"));
    }

    public CouncilMinutes councilMinutes() {
        List<CouncilMinutes.Ballot> ballots = List.of(
                new CouncilMinutes.Ballot(PERSON_1, "Trợ lý Tuyên huấn", "Chiến sĩ thi đua cơ sở", 9, true),
                new CouncilMinutes.Ballot(PERSON_2, "Trung đội trưởng, Đại đội 1", "Chiến sĩ thi đua cơ sở", 8, true),
                new CouncilMinutes.Ballot(PERSON_3, "Tiểu đoàn phó, Tiểu đoàn 4", "Chiến sĩ thi đua cơ sở", 7, false),
                new CouncilMinutes.Ballot(COLLECTIVE_1, "Tiểu đoàn 4", "Đơn vị quyết thắng", 9, true));
        return new CouncilMinutes(date.minusDays(3), LocalTime.of(8, 0), LocalTime.of(11, 30), "Hội trường " + letterhead.unitName(),
                "xét đề nghị khen thưởng năm " + date.getYear(), FormParts.rankAndName(letterhead.commissarRank(), letterhead.commissarName()),
                "Đại úy " + PERSON_4, 9, 8, "01 đồng chí đi công tác, có ý kiến bằng văn bản",
                List.of("Hội đồng đã xem xét hồ sơ đề nghị của các cơ quan, đơn vị.", "Các ủy viên thảo luận, thống nhất danh sách đưa ra bỏ phiếu kín."),
                ballots, "Hội đồng thống nhất đề nghị khen thưởng các tập thể, cá nhân đạt tỷ lệ phiếu theo quy định.");
    }

    public AchievementReport personalReport() {
        return new AchievementReport(false, PERSON_1, "danh hiệu Chiến sĩ thi đua cơ sở", date,
                List.of(new AchievementReport.ProfileLine("Họ tên (Ghi đầy đủ bằng chữ in thường, không viết tắt)", PERSON_1),
                        new AchievementReport.ProfileLine("Sinh ngày, tháng, năm", "12/02/1994; Giới tính: Nữ"),
                        new AchievementReport.ProfileLine("Quê quán", "xã Thạch Hà, tỉnh Hà Tĩnh"),
                        new AchievementReport.ProfileLine("Trú quán", "phường Thành Sen, tỉnh Hà Tĩnh"),
                        new AchievementReport.ProfileLine("Đơn vị công tác", "Ban Chính trị, " + letterhead.unitName()),
                        new AchievementReport.ProfileLine("Cấp bậc, chức vụ (Đảng, chính quyền, đoàn thể)", "Thượng úy, Trợ lý Tuyên huấn, Đảng viên"),
                        new AchievementReport.ProfileLine("Trình độ chuyên môn, nghiệp vụ", "Đại học Chính trị"),
                        new AchievementReport.ProfileLine("Học hàm, học vị, danh hiệu, giải thưởng", "Không")),
                List.of("Tham mưu cho Thủ trưởng về công tác tuyên truyền, thi đua, khen thưởng; theo dõi điển hình tiên tiến của đơn vị."),
                List.of("Hoàn thành xuất sắc nhiệm vụ năm " + date.getYear() + ", được phân loại 95 điểm.",
                        "Sáng kiến \"Sổ theo dõi điển hình tiên tiến điện tử\" được công nhận cấp cơ sở, áp dụng ở 12 đơn vị.",
                        "Tổ chức 24 buổi tuyên truyền với 3.600 lượt cán bộ, chiến sĩ tham gia."),
                "Cá nhân cam kết không bị xử lý kỷ luật hoặc truy cứu trách nhiệm hình sự.", List.of(),
                List.of(new AchievementReport.Recognition(date.getYear() - 2, "Chiến sĩ tiên tiến", "Quyết định số 12/QĐ-" + letterhead.shortCode() + " ngày 05/12/" + (date.getYear() - 2), letterhead.unitName()),
                        new AchievementReport.Recognition(date.getYear() - 1, "Chiến sĩ thi đua cơ sở", "Quyết định số 09/QĐ-" + letterhead.shortCode() + " ngày 04/12/" + (date.getYear() - 1), letterhead.unitName())),
                List.of(new AchievementReport.Recognition(date.getYear() - 1, "Giấy khen", "Quyết định số 21/QĐ-" + letterhead.shortCode() + " ngày 10/12/" + (date.getYear() - 1), letterhead.unitName())),
                PERSON_1);
    }

    public AchievementReport collectiveReport() {
        int year = date.getYear();
        return new AchievementReport(true, COLLECTIVE_1, "danh hiệu Đơn vị quyết thắng", date,
                List.of(new AchievementReport.ProfileLine("Đặc điểm, tình hình", "Đơn vị bộ binh, quân số 96 đồng chí, chi bộ 22 đảng viên, chi đoàn 64 đoàn viên"),
                        new AchievementReport.ProfileLine("Chức năng, nhiệm vụ", "Huấn luyện, sẵn sàng chiến đấu, tham gia giúp dân phòng chống thiên tai")),
                List.of("Đơn vị hoàn thành xuất sắc các chỉ tiêu huấn luyện, sẵn sàng chiến đấu; kết quả qua các năm:"),
                List.of("Duy trì nghiêm chế độ ngày, tuần; quản lý chặt chẽ quân số, vũ khí, trang bị.",
                        "Phong trào \"Thi đua Quyết thắng\" gắn với cuộc vận động \"Phát huy truyền thống, cống hiến tài năng, xứng danh Bộ đội Cụ Hồ\"."),
                "Chi bộ đạt trong sạch vững mạnh tiêu biểu; chi đoàn vững mạnh xuất sắc; không có vụ việc vi phạm kỷ luật.",
                List.of(List.of("Chỉ tiêu", String.valueOf(year - 2), String.valueOf(year - 1), String.valueOf(year)),
                        List.of("Quân số tham gia huấn luyện", "98,2%", "98,6%", "99,1%"),
                        List.of("Kiểm tra đạt khá, giỏi", "68%", "71%", "76%"),
                        List.of("Sáng kiến được công nhận", "1", "2", "3")),
                List.of(new AchievementReport.Recognition(year - 1, "Đơn vị tiên tiến", "Quyết định số 10/QĐ-" + letterhead.shortCode() + " ngày 04/12/" + (year - 1), letterhead.unitName())),
                List.of(new AchievementReport.Recognition(year - 1, "Giấy khen", "Quyết định số 22/QĐ-" + letterhead.shortCode() + " ngày 10/12/" + (year - 1), letterhead.unitName())),
                "");
    }

    public EmulationPlan emulationPlan() {
        int year = date.getYear();
        return new EmulationPlan(number(3, "KH"), date, year, "Dân chủ, đoàn kết, trí tuệ, kỷ cương, nêu gương, quyết thắng",
                "Chất lượng, hiệu quả, thiết thực, tiết kiệm",
                List.of("Động viên cán bộ, chiến sĩ thi đua hoàn thành xuất sắc nhiệm vụ năm " + year + ".",
                        "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến trên các mặt công tác."),
                List.of(new EmulationPlan.Target("Quân số tham gia huấn luyện", "≥ 98,6%"),
                        new EmulationPlan.Target("Kiểm tra đạt yêu cầu; khá, giỏi", "100%; > 70%"),
                        new EmulationPlan.Target("Sáng kiến, cải tiến kỹ thuật", "Vượt chỉ tiêu đăng ký")),
                List.of(new Section("1. Thi đua huấn luyện giỏi, sẵn sàng chiến đấu cao", List.of("Các đơn vị tổ chức huấn luyện sát thực tế, bảo đảm an toàn tuyệt đối."),
                                List.of("Đại đội 1 do đồng chí " + PERSON_2 + " phụ trách làm điểm.")),
                        new Section("2. Thi đua xây dựng đơn vị vững mạnh toàn diện", List.of("Xây dựng nền nếp chính quy, rèn luyện kỷ luật."), List.of())),
                List.of("Ban Chính trị chủ trì, theo dõi, tổng hợp kết quả thi đua hằng tháng, quý.",
                        "Các cơ quan, đơn vị xây dựng kế hoạch cụ thể, đăng ký thi đua trước ngày 15/01/" + year + "."),
                recipients("Phòng Chính trị " + letterhead.superiorBody() + ";", "Các cơ quan, đơn vị;"));
    }

    /** A year-end review; {@code units} rows in its ranking table, so the benchmark can ask for a long one. */
    public ReviewReport reviewReport(int units, int extraSections) {
        List<List<String>> ranking = new ArrayList<>();
        ranking.add(List.of("STT", "Đơn vị", "Điểm thi đua", "Xếp loại", "Ghi chú"));
        String[] names = {"Đại đội 1", "Đại đội 2", "Đại đội 3", "Đại đội 17", "Đại đội 20", "Tiểu đoàn 4", "Tiểu đoàn 5", "Ban Tham mưu"};
        for (int i = 0; i < units; i++) {
            int score = 98 - (i * 7) % 25;
            ranking.add(List.of(Integer.toString(i + 1), names[i % names.length] + (i >= names.length ? " (" + (i / names.length + 1) + ")" : ""),
                    Integer.toString(score), score >= 90 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ", i == 0 ? "Dẫn đầu khối" : ""));
        }
        List<List<String>> people = new ArrayList<>();
        people.add(List.of("STT", "Danh hiệu", "Số lượng", "Tỷ lệ %", "Ghi chú"));
        people.add(List.of("1", "Chiến sĩ thi đua cơ sở", "24", "5,2", ""));
        people.add(List.of("2", "Chiến sĩ tiên tiến", "312", "67,8", ""));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section("I. ĐẶC ĐIỂM, TÌNH HÌNH", List.of("Năm " + date.getYear() + ", " + letterhead.unitName()
                + " thực hiện nhiệm vụ trong điều kiện có nhiều thuận lợi, đồng thời cũng không ít khó khăn."), List.of()));
        sections.add(new Section("II. KẾT QUẢ THỰC HIỆN", List.of("Phong trào Thi đua Quyết thắng được triển khai rộng khắp, có chiều sâu."),
                List.of("Đồng chí " + PERSON_1 + " được đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở.",
                        "Đồng chí " + PERSON_4 + " là điển hình tiên tiến trong công tác dân vận.")));
        for (int i = 0; i < extraSections; i++) {
            sections.add(new Section((i + 1) + ". Kết quả mặt công tác thứ " + (i + 1),
                    List.of("Các cơ quan, đơn vị quán triệt, triển khai thực hiện nghiêm các chỉ thị, hướng dẫn của cấp trên; duy trì nền nếp chế độ "
                            + "huấn luyện, sẵn sàng chiến đấu; quản lý chặt chẽ quân số, vũ khí, trang bị; chăm lo đời sống vật chất, tinh thần "
                            + "cho bộ đội; kết quả đạt được là cơ sở để đánh giá, bình xét thi đua cuối năm."), List.of("Quân số tham gia đạt 98,9%.")));
        }
        sections.add(new Section("III. PHƯƠNG HƯỚNG NĂM " + (date.getYear() + 1), List.of("Tiếp tục đẩy mạnh phong trào Thi đua Quyết thắng."), List.of()));
        return new ReviewReport(number(18, "BC"), date, "Tổng kết", "phong trào Thi đua Quyết thắng năm " + date.getYear(), sections,
                List.of(new ReviewReport.ResultTable("Bảng 1. Kết quả chấm điểm, xếp loại các đơn vị", List.of(8f, 30f, 14f, 30f, 18f), ranking),
                        new ReviewReport.ResultTable("Bảng 2. Kết quả danh hiệu thi đua cá nhân", List.of(8f, 40f, 16f, 16f, 20f), people)),
                recipients("Phòng Chính trị " + letterhead.superiorBody() + ";"));
    }
}
