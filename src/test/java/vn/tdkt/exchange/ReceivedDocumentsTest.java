package vn.tdkt.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.award.CouncilMeeting;
import vn.tdkt.award.Proposal;
import vn.tdkt.award.Vote;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.doc.RenderedFiles;
import vn.tdkt.org.Person;
import vn.tdkt.settings.Letterhead;

/**
 * The documents a proposal package carries, kept at the division with the import (V26): a real package written by
 * the regiment's own code, imported into the division's real data file, the documents read back from it.
 */
class ReceivedDocumentsTest {
    @TempDir
    Path dir;

    Echelon regiment;
    Echelon division;
    Proposal proposal;
    Path proposed;

    @BeforeEach
    void setUp() {
        regiment = Echelon.regiment(dir.resolve("a"), "TrD19");
        regiment.app.settings().saveLetterhead(new Letterhead("Sư đoàn 3", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Phạm Minh Tuấn"));
        division = Echelon.division(dir.resolve("d"));
        Person thang = regiment.people().stream().filter(p -> p.fullName().equals("Lê Đức Thắng")).findFirst().orElseThrow();
        LocalDate day = LocalDate.of(2026, 6, 1);
        CouncilMeeting meeting = regiment.app.dossiers().recordMeeting(day, new CouncilMeeting(null, null, LocalTime.of(8, 0),
                LocalTime.of(11, 0), "Hội trường Trung đoàn 19", "xét đề nghị khen thưởng năm 2026", "Đại tá Lê Văn Bình",
                "Thiếu tá Phạm Văn Nam", 9, 9, "", List.of("Hội đồng xem xét hồ sơ đề nghị."), "Hội đồng thống nhất đề nghị khen thưởng.",
                List.of(new Vote(null, thang.id(), thang.fullName(), "Trung úy", "Trung đội trưởng, Đại đội 1", false,
                        "Chiến sĩ thi đua cơ sở", 9, true, "Huấn luyện đạt giỏi"))));
        proposal = regiment.app.dossiers().propose(day.plusDays(3), new Proposal(null, null, meeting.id(), "danh hiệu thi đua năm 2026",
                "Sư đoàn trưởng Sư đoàn 3", "Thủ trưởng Sư đoàn 3", "xuất sắc trong phong trào Thi đua Quyết thắng năm 2026", meeting.votes()));
        proposed = dir.resolve("usb/de-nghi.tdkt");
        regiment.exchange().export("proposal", proposal.id(), proposed, null, Messages.vietnamese(), Progress.NONE);
    }

    @AfterEach
    void tearDown() {
        regiment.close();
        division.close();
    }

    private String letterStem() {
        return "To-trinh-khen-thuong-" + vn.tdkt.core.VietnameseText.fileSafe(proposal.letter().number());
    }

    @Test
    void theDocumentsOfAProposalAreKeptWithItAndReadBackWhole() throws Exception {
        Map<String, byte[]> entries = Packages.entries(proposed);
        division.importFrom(proposed, regiment);
        ReceivedPackage received = division.exchange().received().getFirst();

        List<ReceivedDocument> documents = division.exchange().receivedDocuments(received.id());
        List<String> inPackage = entries.keySet().stream().filter(n -> n.startsWith("docs/")).map(n -> n.substring(5)).toList();
        assertThat(documents).extracting(ReceivedDocument::name).as("every document, in the package's order").containsExactlyElementsOf(inPackage);
        assertThat(documents.getFirst().name()).isEqualTo(letterStem() + ".pdf");
        assertThat(documents).allSatisfy(d -> {
            assertThat(d.kept()).isTrue();
            assertThat(d.size()).isEqualTo(entries.get("docs/" + d.name()).length);
        });
        assertThat(documents).extracting(ReceivedDocument::format).containsExactly("pdf", "docx", "pdf", "pdf");

        ReceivedDocument docx = documents.stream().filter(d -> d.format().equals("docx")).findFirst().orElseThrow();
        Path copy = division.exchange().saveReceivedDocument(docx, dir.resolve("bản sao/tờ trình.docx"));
        byte[] bytes = Files.readAllBytes(copy);
        assertThat(bytes).isEqualTo(entries.get("docs/" + letterStem() + ".docx"));
        try (XWPFDocument word = new XWPFDocument(Files.newInputStream(copy)); XWPFWordExtractor text = new XWPFWordExtractor(word)) {
            assertThat(text.getText()).contains("TỜ TRÌNH", "Về việc đề nghị tặng danh hiệu thi đua năm 2026", "Lê Đức Thắng");
        }
        ReceivedDocument pdf = documents.getFirst();
        byte[] savedPdf = Files.readAllBytes(division.exchange().saveReceivedDocument(pdf, dir.resolve("to-trinh.pdf")));
        assertThat(savedPdf).isEqualTo(entries.get("docs/" + pdf.name()));
        assertThat(RenderedFiles.pdfText(savedPdf)).contains("Lê Đức Thắng");

        String before = division.dump();
        assertThatThrownBy(() -> division.app.database().transaction(() ->
                division.app.database().dsl().execute("DELETE FROM received_document")))
                .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("error.db.importedReadOnly"));
        assertThat(division.exchange().importPackage(proposed, null, null, Progress.NONE).outcome())
                .isEqualTo(ExchangeService.Outcome.ALREADY_IMPORTED);
        assertThat(division.dump()).as("read-only, and the same package again adds nothing").isEqualTo(before);
    }

    @Test
    void aPackageWhoseDocumentWasChangedIsRefusedAndNothingOfItIsStored() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Packages.entries(proposed));
        String letter = "docs/" + letterStem() + ".docx";
        byte[] changed = entries.get(letter).clone();
        changed[changed.length / 2] ^= 1;
        entries.put(letter, changed);
        Path tampered = dir.resolve("usb/sua.tdkt");
        Packages.write(tampered, entries);
        String before = division.dump();

        assertThatThrownBy(() -> division.importFrom(tampered, regiment))
                .isInstanceOfSatisfying(AppException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("exchange.error.checksum");
                    assertThat(Messages.vietnamese().describe(e)).contains(letter);
                });
        assertThat(division.dump()).as("no package, no key, no proposal, no document").isEqualTo(before);
        assertThat(division.exchange().received()).isEmpty();
    }

    /** What is kept is hashed again as it is read: a file changed on the stick after the checks cannot slip in. */
    @Test
    void aDocumentIsHashedAgainAgainstTheSignedListAsItIsRead() throws Exception {
        try (OpenedPackage opened = new PackageReader(new PackageCrypto(), dir).open(proposed, null, new java.util.ArrayList<>(), Progress.NONE)) {
            OpenedPackage.DocEntry letter = opened.docEntries().getFirst();
            assertThat(opened.doc(letter)).isEqualTo(Packages.entries(proposed).get("docs/" + letter.name()));
            OpenedPackage.DocEntry otherHash = new OpenedPackage.DocEntry(letter.name(), letter.size(), "0".repeat(64));
            assertThatThrownBy(() -> opened.doc(otherHash))
                    .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("exchange.error.checksum"));
        }
    }

    @Test
    void theCommandListsThePackagesDocumentsAndSavesOne() throws Exception {
        division.importFrom(proposed, regiment);
        String packageId = division.exchange().received().getFirst().id();
        division.close();
        Path data = dir.resolve("d");
        CommandRun list = CommandRun.of("--data", data.toString(), "package", "list");
        assertThat(list.code()).isZero();
        assertThat(list.printed()).startsWith(packageId + "  TrD19  Trung đoàn 19  proposal");

        CommandRun documents = CommandRun.of("--data", data.toString(), "package", "documents", packageId);
        assertThat(documents.code()).isZero();
        assertThat(documents.printed()).contains(letterStem() + ".pdf  pdf  ", letterStem() + ".docx  docx  ", " KB");

        Path out = dir.resolve("ra/to-trinh.docx");
        CommandRun save = CommandRun.of("--data", data.toString(), "package", "documents", packageId, "--save", letterStem() + ".docx",
                "--out", out.toString());
        assertThat(save.code()).isZero();
        assertThat(save.printed()).contains("Đã ghi " + out.toAbsolutePath());
        assertThat(Files.readAllBytes(out)).isEqualTo(Packages.entries(proposed).get("docs/" + letterStem() + ".docx"));

        CommandRun unknown = CommandRun.of("--data", data.toString(), "package", "documents", packageId, "--save", "khong-co.pdf",
                "--out", dir.resolve("ra/x.pdf").toString());
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.printed()).contains("Gói này không có văn bản \"khong-co.pdf\"");
        assertThat(dir.resolve("ra/x.pdf")).doesNotExist();
        division = new Echelon(data);
    }

    /** One run of the command line, with what it printed. */
    private record CommandRun(int code, String printed) {
        static CommandRun of(String... args) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int code = vn.tdkt.CommandLine.run(new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
                    new java.io.PrintStream(out, true, StandardCharsets.UTF_8), args).orElseThrow();
            return new CommandRun(code, out.toString(StandardCharsets.UTF_8));
        }
    }
}
