package vn.tdkt.award.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.award.CouncilMeeting;
import vn.tdkt.award.Decision;
import vn.tdkt.award.DossierSteps;
import vn.tdkt.award.Proposal;
import vn.tdkt.award.TitleResult;
import vn.tdkt.award.Vote;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/**
 * The real window, headless, on the demo's data: put the Chiến sĩ thi đua cơ sở list to the council, word its Biên
 * bản (refused while a part is empty), record it, draw up the Tờ trình from it and issue the Quyết định with the
 * gold-book numbers the page offers.
 */
@ExtendWith(ApplicationExtension.class)
class DossierStepsPageTest {
    private static final String TITLE = "Chiến sĩ thi đua cơ sở";

    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(() -> {
            app.sampleData().fill(SampleSize.SMALL, Progress.NONE);
            return app.open();
        }), stage, RecordingDialogs::new);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        ShellWindows.close(shell);
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void runACouncilVoteThenIssueADecisionFromTheSampleData(FxRobot robot) throws Exception {
        robot.interact(() -> shell.window().show("awards"));
        TabPane tabs = robot.lookup("#award-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(3));
        ListView<TitleResult> titles = robot.lookup("#award-titles").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> titles.getItems().stream().anyMatch(t -> t.rule().code().equals("CSTDCS")));
        robot.interact(() -> titles.getSelectionModel().select(
                titles.getItems().stream().filter(t -> t.rule().code().equals("CSTDCS")).findFirst().orElseThrow()));

        robot.interact(() -> tabs.getSelectionModel().select(4));
        TableView<BallotRow> ballot = robot.lookup("#council-ballot").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ballot.getItems().size() >= 2);
        List<BallotRow> rows = List.copyOf(ballot.getItems());
        robot.interact(() -> {
            field(robot, "#council-members").setText("11");
            field(robot, "#council-present").setText("9");
            field(robot, "#council-written").setText("2");
            field(robot, "#council-venue").setText("Hội trường Trung đoàn 19");
            field(robot, "#council-chair").setText("Thượng tá Trần Đức Hưởng");
            field(robot, "#council-secretary").setText("Đại úy Lê Văn Tâm");
            // 9 of 11 is 81.8 % and passes; 8 of 11 is 72.7 % and does not, though it is 8 of the 9 in the room.
            rows.get(0).agreeProperty().set("9");
            rows.get(1).agreeProperty().set("8");
        });
        assertThat(rows.get(0).resultProperty().get()).isEqualTo("Đạt: 81,8% tổng số thành viên (cần 80%)");
        assertThat(rows.get(1).resultProperty().get()).isEqualTo("Không đạt: 72,7% tổng số thành viên (cần 80%)");
        TableView<CouncilMeeting> meetings = robot.lookup("#council-meetings").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> meetings.getItems().size() == 1);
        // The Biên bản's words start as the standing wording for the title and year.
        assertThat(field(robot, "#council-purpose").getText()).isEqualTo("xét đề nghị tặng " + TITLE + " năm " + LocalDate.now().getYear());
        TextArea discussion = robot.lookup("#council-discussion").queryAs(TextArea.class);
        TextArea conclusion = robot.lookup("#council-conclusion").queryAs(TextArea.class);
        assertThat(discussion.getText()).contains("Các ủy viên thảo luận");
        assertThat(conclusion.getText()).contains("80% số phiếu đồng ý trở lên trên tổng số thành viên Hội đồng");
        PageShots.save(shell, "awards-council.png");
        // An emptied conclusion is refused with a sentence, and nothing is recorded.
        robot.interact(() -> conclusion.setText("  "));
        robot.clickOn("#council-record");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !recorded().errors().isEmpty());
        assertThat(recorded().errors()).singleElement().asString().contains("kết luận");
        assertThat(meetings.getItems()).hasSize(1);
        robot.clickOn("#council-discussion").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.END).push(javafx.scene.input.KeyCode.ENTER)
                .write("Dong chi Chinh uy phat bieu ket luan.");
        robot.interact(() -> conclusion.setText("Hội đồng đề nghị tặng danh hiệu cho đồng chí " + rows.get(0).candidate().name() + "."));
        robot.clickOn("#council-record");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> meetings.getItems().size() == 2);
        assertThat(recorded().errors()).hasSize(1);
        CouncilMeeting held = meetings.getItems().stream().filter(m -> m.purpose().contains(TITLE)).findFirst().orElseThrow();
        assertThat(held.discussion()).last().isEqualTo("Dong chi Chinh uy phat bieu ket luan.");
        assertThat(held.conclusion()).isEqualTo("Hội đồng đề nghị tặng danh hiệu cho đồng chí " + rows.get(0).candidate().name() + ".");
        assertThat(held.members()).isEqualTo(11);
        assertThat(held.votes()).extracting(Vote::name, Vote::votes, Vote::passed).containsExactly(
                org.assertj.core.groups.Tuple.tuple(rows.get(0).candidate().name(), 9, true),
                org.assertj.core.groups.Tuple.tuple(rows.get(1).candidate().name(), 8, false));

        robot.interact(() -> tabs.getSelectionModel().select(5));
        ComboBox<CouncilMeeting> fromMeeting = robot.lookup("#proposal-meeting").queryAs(ComboBox.class);
        robot.interact(() -> fromMeeting.setValue(held));
        TableView<Proposal> proposals = robot.lookup("#proposal-list").queryAs(TableView.class);
        int before = proposals.getItems().size();
        robot.clickOn("#proposal-create");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> proposals.getItems().size() == before + 1);
        Proposal proposal = proposals.getItems().stream().filter(p -> p.meetingId().equals(held.id())).findFirst().orElseThrow();
        assertThat(proposal.nominees()).extracting(Vote::name).containsExactly(rows.get(0).candidate().name());

        robot.interact(() -> proposals.getSelectionModel().select(proposal));
        TableView<GoldBookRow> awardees = robot.lookup("#decision-awardees").queryAs(TableView.class);
        // The demo's two decisions used 01 to 03; the page offers the next.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> awardees.getItems().size() == 1
                && awardees.getItems().getFirst().numberProperty().get().equals("04"));
        TableView<DossierSteps.DecisionLine> decisions = robot.lookup("#decision-list").queryAs(TableView.class);
        PageShots.save(shell, "awards-decision.png");
        robot.clickOn("#decision-issue");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> decisions.getItems().size() == 3);
        assertThat(recorded().errors()).as("only the refused empty conclusion").hasSize(1);
        DossierSteps.DecisionLine issued = decisions.getItems().getFirst();
        Decision decision = issued.decision();
        assertThat(decision.decision().number()).isEqualTo("03/QĐ-TrĐ19");
        assertThat(decision.date()).isEqualTo(LocalDate.now());
        assertThat(decision.signer().rankAndName()).isEqualTo(OffFxThread.call(() -> app.settings().letterhead().issuer().commander().rankAndName()));
        assertThat(decision.ruleSet().code()).isEqualTo("army");
        assertThat(issued.awardees()).isEqualTo(1);
        assertThat(issued.bonusTotal()).contains(OffFxThread.call(() -> app.legalRegister().salaryOn(LocalDate.now()).orElseThrow().amount()));
        String awardee = proposal.nominees().getFirst().personId();
        assertThat(OffFxThread.call(() -> app.database().dsl().fetchCount(vn.tdkt.db.jooq.Tables.AWARD_HISTORY,
                vn.tdkt.db.jooq.Tables.AWARD_HISTORY.SUBJECT_ID.eq(awardee).and(vn.tdkt.db.jooq.Tables.AWARD_HISTORY.DECISION_NUMBER.eq("03/QĐ-TrĐ19")))))
                .isEqualTo(1);
        assertThat(OffFxThread.call(() -> app.documentServices().contradictions())).isEmpty();

        // The three documents, rendered from the records the page made and read back from the PDF.
        String minutes = pdf("minutes", held.id());
        assertThat(minutes).contains(held.minutes().number()).contains("Tổng số ủy viên Hội đồng: 11; có mặt: 9; vắng: 2")
                .contains("81,8").contains("72,7").contains("Không").contains("Dong chi Chinh uy phat bieu ket luan.");
        assertThat(minutes.replaceAll("\\s+", " ")).contains(held.conclusion());
        String letter = pdf("proposal", proposal.id());
        assertThat(letter).contains(proposal.letter().number()).contains(rows.get(0).candidate().name())
                .doesNotContain(rows.get(1).candidate().name());
        String issuedPdf = pdf("decision", decision.id());
        assertThat(issuedPdf).contains("03/QĐ-TrĐ19").contains(rows.get(0).candidate().name())
                .contains(vn.tdkt.core.VietnameseNumbers.grouped(issued.bonusTotal().orElseThrow()));
    }

    /** The form's PDF for one record, kept under target/ to be looked at, and its text. */
    private String pdf(String form, String recordId) throws Exception {
        byte[] rendered = OffFxThread.call(() -> {
            vn.tdkt.doc.FormSource source = app.documentServices().allForms().stream().filter(f -> f.id().equals(form)).findFirst().orElseThrow();
            return app.documentServices().writer().render(source.build().apply(recordId), vn.tdkt.doc.DocumentFormat.PDF);
        });
        Path target = Path.of("target", "rendered-council", form + ".pdf");
        java.nio.file.Files.createDirectories(target.getParent());
        java.nio.file.Files.write(target, rendered);
        return vn.tdkt.doc.RenderedFiles.pdfText(rendered);
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    private RecordingDialogs recorded() {
        return (RecordingDialogs) shell.ui().dialogs();
    }
}
