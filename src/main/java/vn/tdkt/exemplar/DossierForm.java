package vn.tdkt.exemplar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Run;
import vn.tdkt.doc.Signature;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.exemplar.PlanItems.Check;
import vn.tdkt.exemplar.PlanItems.Media;
import vn.tdkt.exemplar.PlanItems.Milestone;
import vn.tdkt.exemplar.PlanItems.Replication;
import vn.tdkt.exemplar.PlanItems.StageChange;
import vn.tdkt.exemplar.PlanItems.Support;
import vn.tdkt.exemplar.PlanItems.Target;
import vn.tdkt.settings.Letterhead;

/**
 * Hồ sơ điển hình tiên tiến, built from a model's records in the order the domain notes give: profile,
 * kế hoạch bồi dưỡng, check log, tổng kết, nhân rộng; then the list of evidence, whose pages the PDF
 * appends after it ({@link DossierPdf}).
 */
public final class DossierForm {
    private DossierForm() {
    }

    /** {@code profile}: the subject's own lines (from the roster for a person, the unit tree for a collective). */
    public static Document build(Letterhead letterhead, Dossier dossier, List<ProfileLine> profile, LocalDate date) {
        Exemplar e = dossier.exemplar();
        DocumentBuilder b = DocumentBuilder.create("Hồ sơ điển hình tiên tiến - " + e.subjectName(), letterhead.unitName())
                .header(letterhead.superiorBody(), letterhead.unitName(), null, letterhead.placeName(), date)
                .title("Hồ sơ điển hình tiên tiến", (e.collective() ? "Tập thể " : "") + e.subjectName(), "Mặt công tác: " + e.field());

        b.heading1("I. THÔNG TIN VỀ ĐIỂN HÌNH");
        for (ProfileLine line : profile) {
            b.paragraph(Run.plain("- " + line.label() + ": "), Run.plain(line.value()));
        }
        b.paragraph(Run.plain("- Giai đoạn hiện nay: "), Run.plain(e.stage().documentLabel() + " (từ " + VietnameseDates.shortForm(e.stageOn()) + ")"));
        b.heading2("1. Phát hiện");
        b.paragraph(Run.plain("- Người, cơ quan phát hiện: "), Run.plain(e.discoveredBy()));
        b.paragraph(Run.plain("- Ngày phát hiện: "), Run.plain(VietnameseDates.shortForm(e.discoveredOn())));
        b.paragraph(Run.plain("- Lý do lựa chọn: "), Run.plain(e.reason()));
        if (!e.traits().isEmpty()) {
            b.paragraph(Run.plain("- Đặc trưng tiêu biểu: "), Run.plain(String.join("; ", e.traits())));
        }

        b.heading1("II. KẾ HOẠCH BỒI DƯỠNG");
        b.paragraph(Run.plain("- Người giúp đỡ, kèm cặp: "), Run.plain(e.mentorName() == null ? "Chưa phân công" : e.mentorName()));
        b.heading2("1. Lộ trình phấn đấu");
        if (dossier.targets().isEmpty()) {
            b.paragraph("Chưa xác định lộ trình.");
        } else {
            TableBuilder t = TableBuilder.columns(20, 80).header("Năm", "Danh hiệu phấn đấu");
            for (Target target : dossier.targets()) {
                t.row(Cell.center(Integer.toString(target.year())), Cell.text(target.title()));
            }
            b.table(t.build());
        }
        b.heading2("2. Các mốc, nhiệm vụ");
        if (dossier.milestones().isEmpty()) {
            b.paragraph("Chưa có mốc nào.");
        } else {
            TableBuilder t = TableBuilder.columns(8, 42, 16, 18, 16).header("TT", "Nội dung", "Thời hạn", "Người phụ trách", "Hoàn thành");
            int n = 1;
            for (Milestone m : dossier.milestones()) {
                t.row(Cell.center(Integer.toString(n++)), Cell.text(m.title()), Cell.center(VietnameseDates.shortForm(m.dueOn())),
                        Cell.text(m.owner()), Cell.center(m.doneOn() == null ? "" : VietnameseDates.shortForm(m.doneOn())));
            }
            b.table(t.build());
        }
        b.heading2("3. Hỗ trợ, động viên");
        if (dossier.support().isEmpty()) {
            b.paragraph("Chưa ghi nhận.");
        } else {
            TableBuilder t = TableBuilder.columns(16, 16, 68).header("Ngày", "Hình thức", "Nội dung");
            for (Support s : dossier.support()) {
                t.row(Cell.center(VietnameseDates.shortForm(s.givenOn())), Cell.center(s.kind().documentLabel()), Cell.text(s.description()));
            }
            b.table(t.build());
        }

        b.heading1("III. NHẬT KÝ KIỂM TRA, THEO DÕI");
        if (dossier.checks().isEmpty()) {
            b.paragraph("Chưa có lần kiểm tra nào.");
        } else {
            TableBuilder t = TableBuilder.columns(14, 32, 27, 27).header("Ngày", "Kết quả", "Đánh giá", "Bước tiếp theo");
            for (Check c : dossier.checks()) {
                t.row(Cell.center(VietnameseDates.shortForm(c.checkedOn())), Cell.text(c.result()), Cell.text(nz(c.assessment())), Cell.text(nz(c.nextStep())));
            }
            b.table(t.build());
        }

        b.heading1("IV. TỔNG KẾT THÀNH TÍCH");
        if (e.summary() == null) {
            b.paragraph("Chưa tổng kết.");
        } else {
            paragraphs(e.summary()).forEach(b::paragraph);
        }

        b.heading1("V. NHÂN RỘNG");
        if (dossier.replications().isEmpty()) {
            b.paragraph("Chưa nhân rộng.");
        } else {
            TableBuilder t = TableBuilder.columns(14, 34, 26, 26).header("Ngày", "Hội nghị, hình thức giới thiệu", "Đơn vị học tập, áp dụng", "Kết quả");
            for (Replication r : dossier.replications()) {
                t.row(Cell.center(VietnameseDates.shortForm(r.heldOn())), Cell.text(r.event()), Cell.text(nz(r.adoptedBy())), Cell.text(nz(r.outcome())));
            }
            b.table(t.build());
        }
        if (!dossier.media().isEmpty()) {
            b.heading2("Thông tin, tuyên truyền");
            TableBuilder t = TableBuilder.columns(14, 30, 56).header("Ngày", "Cơ quan báo chí", "Tên bài, tin");
            for (Media m : dossier.media()) {
                t.row(Cell.center(VietnameseDates.shortForm(m.publishedOn())), Cell.text(m.outlet()), Cell.text(m.title()));
            }
            b.table(t.build());
        }

        b.heading1("VI. QUÁ TRÌNH");
        TableBuilder history = TableBuilder.columns(16, 20, 20, 44).header("Ngày", "Từ giai đoạn", "Sang giai đoạn", "Ghi chú");
        for (StageChange c : dossier.history()) {
            history.row(Cell.center(VietnameseDates.shortForm(c.on())), Cell.center(c.from() == null ? "" : c.from().documentLabel()),
                    Cell.center(c.to().documentLabel()), Cell.text(nz(c.note())));
        }
        b.table(history.build());

        b.heading1("VII. TÀI LIỆU, MINH CHỨNG KÈM THEO");
        if (dossier.evidence().isEmpty()) {
            b.paragraph("Không có.");
        } else {
            List<String> items = new ArrayList<>();
            for (Evidence ev : dossier.evidence()) {
                items.add(caption(ev));
            }
            b.numbered(items);
        }
        Signature commander = new Signature("", letterhead.commanderTitle(), "(Ký, đóng dấu)",
                rankAndName(letterhead.commanderRank(), letterhead.commanderName()));
        return b.closing(List.of(), commander).build();
    }

    /** "Ảnh tại hội thao (12/05/2026) — anh-hoi-thao.jpg": what the list and the appended page say. */
    static String caption(Evidence ev) {
        StringBuilder text = new StringBuilder(ev.caption() == null ? ev.fileName() : ev.caption());
        if (ev.takenOn() != null) {
            text.append(" (").append(VietnameseDates.shortForm(ev.takenOn())).append(')');
        }
        if (ev.caption() != null) {
            text.append(" — ").append(ev.fileName());
        }
        return text.toString();
    }

    static List<String> paragraphs(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    static String rankAndName(String rank, String name) {
        return rank == null || rank.isBlank() ? name : rank + " " + name;
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** A line of section I. */
    public record ProfileLine(String label, String value) {
    }
}
