package vn.tdkt.award;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.tdkt.doc.Issuer;
import vn.tdkt.org.Person;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;

/**
 * The demo's award dossier, a consistent chain built from the demo roster: the council meets nine days before
 * {@code today} and votes on three officers for Chiến sĩ thi đua cơ sở and a company for Đơn vị quyết thắng
 * (one officer falls short of 80% of the council); three days later a Tờ trình per title lists only those it
 * passed; three days after that a Quyết định per Tờ trình, issued as the page issues it (signed by the
 * letterhead's commander, bonus from the rule set, awards added to the history). The 80% share is domain.md's.
 */
public final class SampleDossiers {
    private static final String INDIVIDUAL = "Chiến sĩ thi đua cơ sở";
    private static final String COLLECTIVE = "Đơn vị quyết thắng";
    private static final int MEMBERS = 9;

    private final DossierService awards;
    private final DossierSteps steps;
    private final RosterService roster;
    private final UnitService units;

    public SampleDossiers(DossierService awards, DossierSteps steps, RosterService roster, UnitService units) {
        this.awards = awards;
        this.steps = steps;
        this.roster = roster;
        this.units = units;
    }

    /** The council's secretary: an officer who is not a nominee. */
    private static String secretary(List<Person> officers) {
        Person person = officers.getLast();
        return person.details().rank() + " " + person.fullName();
    }

    /** Creates the chain inside the caller's transaction; returns how many documents it recorded. */
    public int create(Issuer issuer, LocalDate today) {
        Map<String, Unit> byId = units.all().stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        List<Person> officers = roster.search(RosterQuery.ALL).stream().map(RosterEntry::person)
                .filter(p -> "Sĩ quan".equals(p.details().category())).limit(4).toList();
        Unit company = units.all().stream().filter(u -> "Đại đội".equals(u.kind())).findFirst().orElseThrow();
        int year = today.getYear();
        String[] summaries = {"Hoàn thành xuất sắc nhiệm vụ năm " + year + "; 01 sáng kiến được công nhận cấp cơ sở",
            "Huấn luyện đạt giỏi; đơn vị phụ trách bắn đạn thật đạt 100% khá, giỏi", "Hoàn thành tốt nhiệm vụ năm " + year};
        int[] ballots = {9, 8, 7};
        List<Vote> votes = new ArrayList<>();
        for (int i = 0; i < Math.min(3, officers.size()); i++) {
            Person person = officers.get(i);
            votes.add(new Vote(null, person.id(), person.fullName(), person.details().rank(),
                    person.details().position() + ", " + byId.get(person.unitId()).name(), false, INDIVIDUAL, ballots[i],
                    ballots[i] * 100 >= 80 * MEMBERS, summaries[i]));
        }
        Unit battalion = byId.get(company.parentId());
        votes.add(new Vote(null, null, company.name() + ", " + battalion.name(), "", battalion.name(), true, COLLECTIVE, 9, true,
                "Hoàn thành xuất sắc nhiệm vụ huấn luyện, sẵn sàng chiến đấu; 100% quân số hoàn thành nhiệm vụ", company.id()));
        CouncilMeeting meeting = awards.recordMeeting(today.minusDays(9), new CouncilMeeting(null, null, LocalTime.of(8, 0), LocalTime.of(11, 30),
                "Hội trường " + issuer.unitName(), "xét đề nghị khen thưởng năm " + year, issuer.commissar().rankAndName(), secretary(officers),
                MEMBERS, 8, "01 đồng chí đi công tác, có ý kiến bằng văn bản",
                List.of("Hội đồng xem xét hồ sơ đề nghị của các cơ quan, đơn vị.", "Các ủy viên thảo luận, thống nhất danh sách đưa ra bỏ phiếu kín."),
                "Hội đồng thống nhất đề nghị khen thưởng các tập thể, cá nhân đạt từ 80% số phiếu đồng ý trở lên trên tổng số thành viên Hội đồng.",
                votes));
        int documents = 1;
        for (String title : DossierSteps.passedTitles(meeting)) {
            Proposal proposal = steps.propose(meeting.id(), title, today.minusDays(6));
            List<String> numbers = steps.nextGoldBookNumbers(proposal.id());
            Map<String, String> goldBook = new HashMap<>();
            for (int i = 0; i < proposal.nominees().size(); i++) {
                goldBook.put(proposal.nominees().get(i).id(), numbers.get(i));
            }
            steps.issue(proposal.id(), today.minusDays(3), goldBook);
            documents += 2;
        }
        return documents;
    }
}
