package vn.tdkt.doc.forms;

import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Run;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.settings.Letterhead;

/** Kế hoạch thi đua of the year. */
public final class EmulationPlanForm {
    private EmulationPlanForm() {
    }

    public static Document build(Letterhead letterhead, EmulationPlan data) {
        DocumentBuilder builder = FormParts.start("Kế hoạch thi đua năm " + data.year(), letterhead, data.number(), data.date())
                .title("Kế hoạch", "Thi đua Quyết thắng năm " + data.year())
                .heading1("I. MỤC ĐÍCH, YÊU CẦU")
                .bullets(data.purposes())
                .heading1("II. CHỦ ĐỀ, PHƯƠNG CHÂM, CHỈ TIÊU")
                .paragraph(new Run("Chủ đề: ", true, false, false), Run.italic(data.theme()))
                .paragraph(new Run("Phương châm: ", true, false, false), Run.italic(data.motto()));
        TableBuilder targets = TableBuilder.columns(8, 62, 30).header("STT", "Chỉ tiêu", "Mức phấn đấu");
        int index = 1;
        for (EmulationPlan.Target target : data.targets()) {
            targets.row(Cell.center(Integer.toString(index++)), Cell.text(target.name()), Cell.center(target.measure()));
        }
        builder.table(targets.build()).heading1("III. NỘI DUNG THI ĐUA");
        for (Section section : data.contents()) {
            builder.heading2(section.heading());
            section.paragraphs().forEach(builder::paragraph);
            if (!section.bullets().isEmpty()) {
                builder.bullets(section.bullets());
            }
        }
        return builder.heading1("IV. TỔ CHỨC THỰC HIỆN")
                .numbered(data.organisation())
                .closing(data.recipients(), FormParts.commander(letterhead, ""))
                .build();
    }
}
