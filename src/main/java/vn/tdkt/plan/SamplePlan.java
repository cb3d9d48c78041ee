package vn.tdkt.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.tdkt.core.Progress;
import vn.tdkt.doc.DocumentType;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.org.UnitService;

/**
 * The sample regiment's 2026 plan inside the 2026–2030 programme: Thi đua Quyết thắng all year, a themed
 * movement for 30/4 and a peak phase for 22/12, targets with progress (some behind), blocks of peer
 * units, registrations for most people and two pledges. Runs inside the sample data's transaction.
 */
public final class SamplePlan {
    static final int YEAR = 2026;

    private final PlanServices plan;
    private final UnitService units;
    private final RosterService roster;

    public SamplePlan(PlanServices plan, UnitService units, RosterService roster) {
        this.plan = plan;
        this.units = units;
        this.roster = roster;
    }

    /** What was created. */
    public record Counts(int movements, int targets, int blocks, int registrations, int pledges) {
    }

    /** "01/KH-TrĐ19": numbered like every document of the unit, with the letterhead's code. */
    private String numbered(int sequence, DocumentType type) {
        return String.format("%02d/%s-%s", sequence, type.code(), plan.settings().letterheadForDocuments().shortCode());
    }

    /** The sơ kết with the demo officer's own lessons and recommendations, not the standing wording the page offers. */
    private Plan.Review midtermReview() {
        String superior = plan.settings().letterheadForDocuments().superiorBody();
        return new Plan.Review(LocalDate.of(YEAR, 7, 10), numbered(1, DocumentType.REPORT),
                "Gắn phong trào thi đua với huấn luyện đầu năm và kiểm tra bắn đạn thật, lấy kết quả huấn luyện làm thước đo.\n"
                        + "Đăng ký thi đua sớm, đủ quân số; theo dõi chỉ tiêu hằng tháng để kịp thời điều chỉnh.\n"
                        + "Sơ kết từng đợt thi đua ngay khi kết thúc, biểu dương kịp thời tập thể, cá nhân tiêu biểu.",
                "Đề nghị Phòng Chính trị " + superior + " hướng dẫn tiêu chí chấm điểm thi đua 6 tháng cuối năm " + YEAR
                        + " cho các đơn vị làm nhiệm vụ đột xuất, bảo đảm đánh giá công bằng giữa các khối.");
    }

    private Plan.Review yearEndReview(Unit root) {
        String superior = plan.settings().letterheadForDocuments().superiorBody();
        return new Plan.Review(LocalDate.of(YEAR, 12, 18), numbered(2, DocumentType.REPORT),
                "Lãnh đạo, chỉ đạo phong trào thi đua toàn diện, có trọng tâm; phân công rõ người, rõ việc, rõ thời gian hoàn thành.\n"
                        + "Phát hiện điển hình tiên tiến từ đầu năm, bồi dưỡng qua từng đợt thi đua và nhân rộng ở hội nghị các tiểu đoàn.\n"
                        + "Bình xét thi đua công khai, dân chủ, đúng tiêu chuẩn; khen thưởng đột xuất kịp thời sau các đợt cao điểm.",
                "Đề nghị Phòng Chính trị " + superior + " xem xét, khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào "
                        + "Thi đua Quyết thắng năm " + YEAR + " theo đề nghị của " + root.name() + ".\n"
                        + "Đề nghị tổ chức tập huấn nghiệp vụ thi đua, khen thưởng cho cán bộ chính trị cấp tiểu đoàn, đại đội ngay từ đầu năm "
                        + (YEAR + 1) + ".");
    }

    public Counts create(Progress progress) {
        List<UnitNode> tree = units.tree();
        Unit root = tree.getFirst().unit();
        List<Unit> battalions = ofKind(tree, "Tiểu đoàn");
        List<Unit> companies = ofKind(tree, "Đại đội");
        List<Unit> offices = ofKind(tree, "Ban");
        PlanService plans = plan.plans();
        Programme programme = plans.addProgramme("Thi đua Quyết thắng giai đoạn 2026 - 2030", 2026, 2030);
        Plan year = plans.savePlan(new Plan(null, YEAR, programme.id(), "Tổ chức phong trào Thi đua Quyết thắng năm " + YEAR,
                "Dân chủ, đoàn kết, trí tuệ, kỷ cương, nêu gương, quyết thắng", "Chất lượng, hiệu quả, thiết thực, tiết kiệm",
                "Động viên cán bộ, chiến sĩ thi đua hoàn thành xuất sắc nhiệm vụ huấn luyện, sẵn sàng chiến đấu năm " + YEAR + ".\n"
                        + "Xây dựng " + root.name() + " vững mạnh toàn diện \"mẫu mực, tiêu biểu\".\n"
                        + "Phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến trên các mặt công tác.",
                numbered(1, DocumentType.PLAN), LocalDate.of(YEAR, 1, 2), LocalDate.of(YEAR, 1, 15),
                midtermReview(), yearEndReview(root)));
        plans.saveMovement(new Movement(null, year.id(), MovementKind.YEAR_ROUND, "Phong trào Thi đua Quyết thắng",
                LocalDate.of(YEAR, 1, 1), LocalDate.of(YEAR, 12, 31),
                "Thi đua huấn luyện giỏi, sẵn sàng chiến đấu cao; xây dựng chính quy, rèn luyện kỷ luật; bảo đảm hậu cần, kỹ thuật.",
                "Hoàn thành toàn diện các chỉ tiêu của kế hoạch; an toàn tuyệt đối về người, vũ khí, trang bị.", 0, List.of()));
        plans.saveMovement(new Movement(null, year.id(), MovementKind.THEMED,
                "Thi đua chào mừng 51 năm Ngày giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/" + YEAR + ")",
                LocalDate.of(YEAR, 2, 16), LocalDate.of(YEAR, 4, 30),
                "Đẩy mạnh huấn luyện đầu năm, kiểm tra bắn đạn thật, hội thao kỹ thuật.",
                "Kết quả kiểm tra bắn đạn thật đạt khá, giỏi; không có vụ việc vi phạm kỷ luật.", 0,
                battalions.stream().map(Unit::id).toList()));
        plans.saveMovement(new Movement(null, year.id(), MovementKind.PEAK,
                "Đợt thi đua cao điểm chào mừng 82 năm Ngày thành lập Quân đội nhân dân Việt Nam (22/12/1944 - 22/12/" + YEAR + ")",
                LocalDate.of(YEAR, 10, 1), LocalDate.of(YEAR, 12, 22),
                "Hoàn thành kiểm tra kết thúc năm; tổ chức hội thi, hội diễn; làm tốt công tác dân vận.",
                "100% đơn vị kiểm tra đạt yêu cầu, trong đó khá, giỏi trên 70%.", 0, List.of()));
        progress.checkCancelled();

        Target attendance = target(plans, year, null, "Quân số tham gia huấn luyện", Measure.PERCENT, 98.6);
        Target grades = target(plans, year, null, "Kiểm tra huấn luyện đạt khá, giỏi", Measure.PERCENT, 70.0);
        Target initiatives = target(plans, year, null, "Sáng kiến, cải tiến kỹ thuật được công nhận", Measure.COUNT, 12.0);
        Target safety = target(plans, year, null, "An toàn tuyệt đối về người, vũ khí, trang bị", Measure.YES_NO, null);
        target(plans, year, null, "Xây dựng đơn vị vững mạnh toàn diện \"mẫu mực, tiêu biểu\"", Measure.NONE, null);
        int targets = 5;
        plans.recordProgress(attendance.id(), LocalDate.of(YEAR, 3, 31), 98.9, "Quý I");
        plans.recordProgress(attendance.id(), LocalDate.of(YEAR, 6, 30), 98.7, "6 tháng");
        plans.recordProgress(attendance.id(), LocalDate.of(YEAR, 9, 30), 98.8, "9 tháng");
        plans.recordProgress(grades.id(), LocalDate.of(YEAR, 6, 30), 66.5, "Kiểm tra giữa năm");
        plans.recordProgress(initiatives.id(), LocalDate.of(YEAR, 6, 30), 4, null);
        plans.recordProgress(initiatives.id(), LocalDate.of(YEAR, 9, 30), 7, null);
        plans.recordProgress(safety.id(), LocalDate.of(YEAR, 9, 30), 1, "Không để xảy ra mất an toàn");
        if (!battalions.isEmpty()) {
            Target shooting = target(plans, year, battalions.getFirst().id(), "Kiểm tra bắn đạn thật đạt giỏi", Measure.PERCENT, 80.0);
            plans.recordProgress(shooting.id(), LocalDate.of(YEAR, 4, 20), 82.0, "Kiểm tra đầu năm");
            targets++;
        }
        progress.checkCancelled();

        List<Block> blocks = new ArrayList<>();
        block("Khối các tiểu đoàn", battalions).ifPresent(blocks::add);
        block("Khối các đại đội", companies).ifPresent(blocks::add);
        block("Khối các cơ quan", offices).ifPresent(blocks::add);

        int registrations = register(root, battalions, companies, offices);
        progress.checkCancelled();

        int pledges = 0;
        for (Block block : blocks.subList(0, Math.min(2, blocks.size()))) {
            List<String> parties = block.memberUnitIds().size() > 3 ? block.memberUnitIds().subList(0, 3) : block.memberUnitIds();
            plan.pledges().add(new Pledge(null, YEAR, block.id(), "Giao ước thi đua " + block.name().toLowerCase(java.util.Locale.ROOT) + " năm " + YEAR,
                    LocalDate.of(YEAR, 1, 20 + pledges), parties, List.of(
                            "Hoàn thành xuất sắc nhiệm vụ huấn luyện, sẵn sàng chiến đấu; kiểm tra cuối năm đạt khá, giỏi trên 70%.",
                            "Giữ nghiêm kỷ luật, không có quân nhân vi phạm kỷ luật phải xử lý.",
                            "An toàn tuyệt đối về người, vũ khí, trang bị và phương tiện.",
                            "Mỗi đơn vị có ít nhất một sáng kiến, cải tiến được công nhận.")));
            pledges++;
        }
        return new Counts(3, targets, blocks.size(), registrations, pledges);
    }

    private static Target target(PlanService plans, Plan year, String unitId, String text, Measure measure, Double value) {
        return plans.saveTarget(new Target(null, year.id(), unitId, text, measure, value, 0));
    }

    private java.util.Optional<Block> block(String name, List<Unit> members) {
        if (members.size() < 2) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(plan.blocks().save(new Block(null, YEAR, name, members.getFirst().id(),
                members.stream().map(Unit::id).toList())));
    }

    /**
     * Every battalion and office registers its people (the commanders for Chiến sĩ thi đua cơ sở), but the
     * last company has not sent its list yet; companies and battalions register their own titles.
     */
    private int register(Unit root, List<Unit> battalions, List<Unit> companies, List<Unit> offices) {
        RegistrationService registrations = plan.registrations();
        List<EmulationTitle> titles = registrations.titles(false).stream().filter(t -> t.family() == TitleFamily.TITLE).toList();
        String base = titles.get(0).name();
        String higher = titles.get(1).name();
        Unit late = companies.isEmpty() ? null : companies.getLast();
        int count = 0;
        List<Unit> registering = new ArrayList<>(offices);
        registering.addAll(companies);
        registering.remove(late);
        for (Unit unit : registering) {
            Set<String> chosen = new HashSet<>();
            for (RosterEntry entry : roster.search(RosterQuery.ALL.inUnit(unit.id()))) {
                String position = entry.person().details().position();
                if (position != null && (position.contains("trưởng") || position.startsWith("Chính trị viên"))) {
                    chosen.add(entry.person().id());
                }
            }
            count += registrations.registerWholeUnit(YEAR, unit.id(), base, chosen, higher).registered();
        }
        for (Unit battalion : battalions) {
            // The battalion's own command (not its companies, one of which is late) registers one by one.
            for (RosterEntry entry : roster.search(RosterQuery.ALL.inUnit(battalion.id()))) {
                if (entry.person().unitId().equals(battalion.id())) {
                    registrations.registerPerson(YEAR, entry.person().id(), higher, null);
                    count++;
                }
            }
        }
        List<RegistrationLine> leaders = registrations.personLines(YEAR, null).stream()
                .filter(l -> l.registration().title().equals(higher)).limit(3).toList();
        String[] ideas = {"Cải tiến bia bắn di động điều khiển từ xa", "Mô hình học cụ huấn luyện chiến thuật bằng vật liệu tái chế",
            "Phần mềm quản lý vũ khí, trang bị của đại đội"};
        for (int i = 0; i < leaders.size(); i++) {
            registrations.update(leaders.get(i).registration().id(), higher, ideas[i]);
            registrations.registerPerson(YEAR, leaders.get(i).registration().personId(), "Giấy khen", null);
            count++;
        }
        List<EmulationTitle> unitTitles = registrations.titles(true).stream().filter(t -> t.family() == TitleFamily.TITLE).toList();
        for (int i = 0; i < companies.size(); i++) {
            if (companies.get(i) != late) {
                registrations.registerUnit(YEAR, companies.get(i).id(), unitTitles.get(i % 3 == 0 ? 1 : 0).name(), null);
                count++;
            }
        }
        for (Unit battalion : battalions) {
            registrations.registerUnit(YEAR, battalion.id(), unitTitles.get(1).name(), null);
            count++;
        }
        return count;
    }

    private static List<Unit> ofKind(List<UnitNode> tree, String kind) {
        return tree.stream().map(UnitNode::unit).filter(u -> kind.equals(u.kind()) && !u.dissolved()).toList();
    }
}
