package vn.tdkt.award.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.award.CouncilMeeting;
import vn.tdkt.award.DossierService;
import vn.tdkt.award.DossierSteps;
import vn.tdkt.award.MeetingDraft;
import vn.tdkt.award.MeetingWording;
import vn.tdkt.award.Proposal;
import vn.tdkt.award.TitleResult;
import vn.tdkt.ui.UiContext;

/**
 * The dossier's side of the Khen thưởng page: the meetings, Tờ trình and decisions on record, read in one task, and
 * the three steps (vote, propose, decide) written through the task runner's change queue; the shell then refreshes
 * the page, which reloads these lists.
 */
public final class DossierViewModel {
    private record Snapshot(List<CouncilMeeting> meetings, List<Proposal> proposals, List<DossierSteps.DecisionLine> decisions) {
    }

    private final UiContext ui;
    private final DossierService dossiers;
    private final DossierSteps steps;
    private final ObservableList<CouncilMeeting> meetings = FXCollections.observableArrayList();
    private final ObservableList<Proposal> proposals = FXCollections.observableArrayList();
    private final ObservableList<DossierSteps.DecisionLine> decisions = FXCollections.observableArrayList();

    public DossierViewModel(UiContext ui, DossierService dossiers, DossierSteps steps) {
        this.ui = ui;
        this.dossiers = dossiers;
        this.steps = steps;
    }

    public void load() {
        ui.tasks().run(ui.text("award.task.loadDossier"),
                progress -> new Snapshot(dossiers.meetings(), dossiers.proposals(), steps.decisions()), snapshot -> {
                    meetings.setAll(snapshot.meetings());
                    proposals.setAll(snapshot.proposals());
                    decisions.setAll(snapshot.decisions());
                });
    }

    public void holdMeeting(TitleResult title, MeetingDraft draft, MeetingWording wording, Map<String, Integer> agree, Runnable done) {
        ui.tasks().change(ui.text("award.task.meeting"), progress -> steps.holdMeeting(title, draft, wording, agree), meeting -> done.run());
    }

    public void propose(CouncilMeeting meeting, String title, LocalDate date) {
        ui.tasks().change(ui.text("award.task.proposal"), progress -> steps.propose(meeting.id(), title, date), proposal -> { });
    }

    /** The gold-book numbers to offer for a Tờ trình's nominees, going on from the last one given. */
    public void suggestGoldBook(Proposal proposal, java.util.function.Consumer<List<String>> shown) {
        ui.tasks().run(ui.text("award.task.loadDossier"), progress -> steps.nextGoldBookNumbers(proposal.id()), shown);
    }

    public void issue(Proposal proposal, LocalDate date, Map<String, String> goldBook) {
        ui.tasks().change(ui.text("award.task.decision"), progress -> steps.issue(proposal.id(), date, goldBook), decision -> { });
    }

    public ObservableList<CouncilMeeting> meetings() {
        return meetings;
    }

    public ObservableList<Proposal> proposals() {
        return proposals;
    }

    public ObservableList<DossierSteps.DecisionLine> decisions() {
        return decisions;
    }
}
