package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.RenderedFiles;
import vn.tdkt.org.Person;

/** The plan's documents built from the records, rendered to .docx and .pdf and read back. */
class PlanDocumentsTest {
    @TempDir
    Path dir;
    private PlanFixture f;
    private final DocumentWriter writer = new DocumentWriter();

    @BeforeEach
    void open() {
        f = new PlanFixture(dir);
        Programme programme = f.plans().addProgramme("Thi đua Quyết thắng giai đoạn 2026 - 2030", 2026, 2030);
        f.plans().savePlan(new Plan(f.plan.id(), 2026, programme.id(), "Tổ chức phong trào Thi đua Quyết thắng năm 2026",
                "Dân chủ, đoàn kết, trí tuệ, kỷ cương, nêu gương, quyết thắng", "Chất lượng, hiệu quả",
                "Hoàn thành xuất sắc nhiệm vụ năm 2026.", "03/KH-TrĐ19", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 15)));
        f.plans().saveMovement(new Movement(null, f.plan.id(), MovementKind.YEAR_ROUND, "Phong trào Thi đua Quyết thắng",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "Thi đua huấn luyện giỏi.", null, 0, List.of()));
        f.plans().saveMovement(new Movement(null, f.plan.id(), MovementKind.PEAK, "Đợt thi đua cao điểm chào mừng 22/12",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 22), null, "Khá, giỏi trên 70%.", 0, List.of(f.battalion2.id(), f.battalion1.id())));
        f.plans().saveTarget(new Target(null, f.plan.id(), null, "Quân số tham gia huấn luyện", Measure.PERCENT, 98.6, 0));
        f.plans().saveTarget(new Target(null, f.plan.id(), f.company1.id(), "Sáng kiến được công nhận", Measure.COUNT, 12.0, 0));
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void thePlanCarriesItsTargetsTableAndPhaseSchedule() throws Exception {
        Document plan = f.app.plan().documents().plan(2026);
        for (String text : List.of(flat(RenderedFiles.pdfText(writer.render(plan, DocumentFormat.PDF))),
                flat(RenderedFiles.docxText(writer.render(plan, DocumentFormat.DOCX))))) {
            assertInOrder(text, "KẾ HOẠCH", "Tổ chức phong trào Thi đua Quyết thắng năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
                    "Hoàn thành xuất sắc nhiệm vụ năm 2026.", "II. NỘI DUNG, CHỈ TIÊU THI ĐUA", "III. TỔ CHỨC THỰC HIỆN", "Nơi nhận:");
            assertThat(text).contains("Số: 03/KH-TrĐ19", "Hà Tĩnh, ngày 02 tháng 01 năm 2026", "năm thứ 1 của giai đoạn 2026 - 2030",
                    "Dân chủ, đoàn kết, trí tuệ", "Lịch các phong trào, đợt thi đua", "01/10/2026 - 22/12/2026", "Tiểu đoàn 1, Tiểu đoàn 2",
                    "Quân số tham gia huấn luyện", "≥ 98,6%", "Đại đội 1", "≥ 12", "trước ngày 15 tháng 01 năm 2026", "TRUNG ĐOÀN TRƯỞNG",
                    "Đại tá Nguyễn Văn Thắng");
        }
    }

    @Test
    void theRegistrationSummaryListsPeopleByUnitInTreeOrder() throws Exception {
        Person a = f.person(f.company2, "Trần Văn An", "Đại đội trưởng");
        Person b = f.person(f.company1, "Nguyễn Văn Bình");
        f.registrations().registerWholeUnit(2026, f.battalion1.id(), "Chiến sĩ tiên tiến", Set.of(a.id()), "Chiến sĩ thi đua cơ sở");
        f.registrations().update(f.registrations().personLines(2026, null).getLast().registration().id(), "Chiến sĩ tiên tiến", "Cải tiến bia");
        f.registrations().registerPerson(2026, a.id(), "Giấy khen", null);
        f.registrations().registerUnit(2026, f.company1.id(), "Đơn vị quyết thắng", null);
        Document summary = f.app.plan().documents().registrationSummary(2026, null, LocalDate.of(2026, 1, 15));
        String text = flat(RenderedFiles.pdfText(writer.render(summary, DocumentFormat.PDF)));
        assertInOrder(text, "BẢNG TỔNG HỢP", "Đăng ký thi đua năm 2026 - Trung đoàn 19", "I. TẬP THỂ", "1 Đại đội 1 Đơn vị quyết thắng",
                "II. CÁ NHÂN", "Đại đội 1 - Tiểu đoàn 1", "Họ và tên Cấp bậc Chức vụ Danh hiệu đăng ký", "1 Nguyễn Văn Bình",
                "Đại đội 2 - Tiểu đoàn 1", "1 Trần Văn An Thượng úy Đại đội trưởng Chiến sĩ thi đua cơ sở; Giấy khen");
        assertThat(text).contains("Cải tiến bia", "Tổng số: 2 cá nhân, 1 tập thể");
        assertThat(RenderedFiles.docxText(writer.render(summary, DocumentFormat.DOCX))).contains("Nguyễn Văn Bình", "Trần Văn An");
        assertThat(b.id()).isNotNull();
    }

    @Test
    void thePledgeNamesTheBlockItsPartiesAndCommitments() throws Exception {
        Block block = f.blocks().save(new Block(null, 2026, "Khối các tiểu đoàn", f.battalion1.id(),
                List.of(f.battalion1.id(), f.battalion2.id(), f.battalion3.id())));
        Pledge pledge = f.app.plan().pledges().add(new Pledge(null, 2026, block.id(), "Giao ước thi đua khối các tiểu đoàn năm 2026",
                LocalDate.of(2026, 1, 20), List.of(f.battalion1.id(), f.battalion3.id()), List.of("Huấn luyện giỏi.", "An toàn tuyệt đối.")));
        Document document = f.app.plan().documents().pledge(pledge);
        for (byte[] file : List.of(writer.render(document, DocumentFormat.PDF), writer.render(document, DocumentFormat.DOCX))) {
            String text = flat(file[0] == '%' ? RenderedFiles.pdfText(file) : RenderedFiles.docxText(file));
            assertThat(text).contains("BẢN GIAO ƯỚC THI ĐUA", "Hà Tĩnh, ngày 20 tháng 01 năm 2026", "Khối các tiểu đoàn gồm: Tiểu đoàn 1, Tiểu đoàn 3",
                    "Huấn luyện giỏi.", "An toàn tuyệt đối.", "ĐẠI DIỆN TIỂU ĐOÀN 1", "ĐẠI DIỆN TIỂU ĐOÀN 3");
        }
    }

    /** The text with line breaks (where the renderer wrapped lines) as single spaces. */
    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertThat(at).as("\"%s\" after position %d in %s", part, from, text).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }

    @Test
    void theFormsOfferOnlyRecordsTheyCanBeDatedFrom() {
        List<vn.tdkt.doc.FormSource> forms = f.app.plan().documents().forms();
        assertThat(forms).extracting(vn.tdkt.doc.FormSource::id).containsExactly("plan", "registrations", "pledge");
        assertThat(forms.get(0).records().get()).extracting(vn.tdkt.doc.FormSource.Choice::label).containsExactly("Năm 2026 — số 03/KH-TrĐ19, 02/01/2026");
        assertThat(forms.get(2).records().get()).as("no pledge signed yet").isEmpty();
        f.plans().savePlan(new Plan(f.plan.id(), 2026, null, "Kế hoạch chưa ban hành", null, null, null, null, null, null));
        assertThat(forms.get(0).records().get()).as("a plan with no issue date is not offered: its date would be invented").isEmpty();
        assertThat(forms.get(1).records().get()).as("nor its summary without a registration deadline").isEmpty();
    }

    @Test
    void aPlanWhoseRegistrationDeadlinePrecedesItAndAPledgeSignedBeforeItAreNamed() {
        Plan plan = f.plans().planOfYear(2026).orElseThrow();
        f.plans().savePlan(new Plan(plan.id(), 2026, plan.programmeId(), plan.title(), plan.theme(), plan.motto(), plan.goals(), plan.number(),
                LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 15)));
        Block block = f.blocks().save(new Block(null, 2026, "Khối các tiểu đoàn", f.battalion1.id(), List.of(f.battalion1.id(), f.battalion2.id())));
        f.app.plan().pledges().add(new Pledge(null, 2026, block.id(), "Giao ước khối", LocalDate.of(2026, 1, 10),
                List.of(f.battalion1.id(), f.battalion2.id()), List.of("Huấn luyện giỏi.")));
        vn.tdkt.core.Messages messages = vn.tdkt.core.Messages.vietnamese();
        assertThat(f.app.documentServices().contradictions()).extracting(c -> messages.get(c.messageKey(), c.argArray())).containsExactly(
                "Kế hoạch số 03/KH-TrĐ19 ngày 20/01/2026 đặt hạn đăng ký thi đua vào ngày 15/01/2026, trước cả ngày ban hành kế hoạch.",
                "Bản giao ước \"Giao ước khối\" ký ngày 10/01/2026, trước Kế hoạch số 03/KH-TrĐ19 ngày 20/01/2026 mà giao ước thực hiện.");
    }
}
