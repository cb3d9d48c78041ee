package vn.tdkt.exchange;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import vn.tdkt.award.CouncilMeeting;
import vn.tdkt.award.DossierForms;
import vn.tdkt.award.Proposal;
import vn.tdkt.award.Vote;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentType;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.RegisterEntry;
import vn.tdkt.exchange.AwardRecords.ProposalJson;
import vn.tdkt.org.RosterExporter;

/**
 * The documents the demo's fictional subordinate (Trung đoàn 21) renders into its packages, as a real sender's
 * app would: its roster sheet with the snapshot, its Tờ trình (PDF and Word) and the Biên bản it rests on with the
 * proposal — drawn by the app's own forms from the records the packages carry, under the sender's own heading.
 */
final class SampleDocuments {
    private final DossierForms forms;
    private final Supplier<String> superior;
    private final DocumentWriter writer = new DocumentWriter();

    /** {@code superior}: the receiving unit's name, the body above the sender in its documents' heading. */
    SampleDocuments(DossierForms forms, Supplier<String> superior) {
        this.forms = forms;
        this.superior = superior;
    }

    /** The snapshot's roster sheet, as the sender's Excel export writes it (the sample sends no people). */
    PackageContents roster(PackageContents contents, Manifest.SourceUnit unit, Path work) {
        Path sheet = work.resolve("quan-so-" + unit.code() + ".xlsx");
        new RosterExporter(Messages.vietnamese()).write(sheet, List.of(), Progress.NONE);
        return contents.doc(sheet.getFileName().toString(), sheet);
    }

    /** The proposal's Tờ trình (PDF and DOCX) and Biên bản (PDF), named as the award forms name them. */
    PackageContents proposal(PackageContents contents, ProposalJson p, Path work) {
        LocalDate issued = LocalDate.parse(p.issuedOn());
        LocalDate met = LocalDate.parse(p.minutesDate());
        List<Vote> votes = Arrays.stream(p.nominees()).map(AwardRecords.NomineeJson::toVote).toList();
        CouncilMeeting meeting = new CouncilMeeting(p.id() + "-bb", entry(DocumentType.MINUTES, p.minutesNumber(), met, "Biên bản họp Hội đồng"),
                LocalTime.of(8, 0), LocalTime.of(10, 30), "Hội trường Trung đoàn 21", "xét đề nghị khen thưởng năm " + issued.getYear(),
                "Thượng tá Nguyễn Hữu Tâm", "Đại úy Lê Quang Vinh", p.members(), p.present(), "",
                List.of("Hội đồng nghe báo cáo thành tích của các cá nhân, tập thể được đề nghị.", "Hội đồng thảo luận và bỏ phiếu kín."),
                "Hội đồng thống nhất đề nghị cấp trên khen thưởng các cá nhân, tập thể đạt trên 50% số phiếu đồng ý.", votes);
        Proposal proposal = new Proposal(p.id(), entry(DocumentType.PROPOSAL, p.number(), issued, "Tờ trình đề nghị khen thưởng"),
                meeting.id(), p.award(), p.addressee(), p.addressee(), p.achievement(), votes);
        Issuer sender = new Issuer(superior.get(), "Trung đoàn 21 (mẫu)", "TrĐ21", "Hà Tĩnh",
                new Issuer.Signer("Trung đoàn trưởng", "Đại tá", "Phạm Văn Hải"), new Issuer.Signer("Chính ủy", "Thượng tá", "Nguyễn Hữu Tâm"));
        add(contents, work, "To-trinh-khen-thuong-" + p.number(), forms.proposalLetter(sender, proposal, meeting), DocumentFormat.PDF, DocumentFormat.DOCX);
        add(contents, work, "Bien-ban-hop-Hoi-dong-TDKT-" + p.minutesNumber(), DossierForms.councilMinutes(sender, meeting), DocumentFormat.PDF);
        return contents;
    }

    private static RegisterEntry entry(DocumentType type, String number, LocalDate on, String subject) {
        return new RegisterEntry(0, type, on.getYear(), type.sequenceOf(number).orElse(null), number, on, subject);
    }

    private void add(PackageContents contents, Path work, String name, Document document, DocumentFormat... formats) {
        for (DocumentFormat format : formats) {
            Path file = writer.write(document, format, work, VietnameseText.fileSafe(name));
            contents.doc(file.getFileName().toString(), file);
        }
    }
}
