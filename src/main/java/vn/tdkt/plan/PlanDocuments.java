package vn.tdkt.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.core.AppException;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.forms.StandardForms;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.org.UnitService;
import vn.tdkt.settings.Letterhead;

/** The plan feature's documents, built from the records: the plan, the registration summary and each pledge. */
public final class PlanDocuments {
    private final PlanService plans;
    private final BlockService blocks;
    private final RegistrationService registrations;
    private final PledgeService pledges;
    private final UnitService units;

    public PlanDocuments(PlanService plans, BlockService blocks, RegistrationService registrations, PledgeService pledges, UnitService units) {
        this.plans = plans;
        this.blocks = blocks;
        this.registrations = registrations;
        this.pledges = pledges;
        this.units = units;
    }

    public Document plan(Letterhead letterhead, int year) {
        Plan plan = plans.planOfYear(year).orElseThrow(() -> new AppException("plan.error.noPlan", year));
        Programme programme = plans.programmes().stream().filter(p -> p.id().equals(plan.programmeId())).findFirst().orElse(null);
        return PlanForm.build(letterhead, new PlanForm.Data(plan, programme, plans.movements(plan.id()),
                plans.targetViews(plan.id(), plans.today()).stream().map(TargetView::target).toList(), unitNames()));
    }

    /** The bảng tổng hợp of a unit and everything below it (everyone when {@code unitId} is null). */
    public Document registrationSummary(Letterhead letterhead, int year, String unitId) {
        String scope = unitId == null ? letterhead.unitName() : units.get(unitId).name();
        LocalDate date = plans.today();
        return RegistrationSummaryForm.build(letterhead, new RegistrationSummaryForm.Data(year, date, scope,
                registrations.unitLines(year, unitId), registrations.personLines(year, unitId), unitHeadings()));
    }

    public Document pledge(Letterhead letterhead, Pledge pledge) {
        return PledgeForm.build(letterhead, new PledgeForm.Data(pledge, blocks.get(pledge.blockId()), unitNames()));
    }

    /**
     * The forms for {@code docs render}: the plan of this year (else the latest plan), its registration
     * summary and its pledges; nothing while there is no plan.
     */
    public List<StandardForms.Form> forms(LocalDate today) {
        Optional<Plan> plan = plans.planOfYear(today.getYear()).or(() -> plans.plans().stream().reduce((a, b) -> b));
        if (plan.isEmpty()) {
            return List.of();
        }
        int year = plan.get().year();
        List<StandardForms.Form> forms = new ArrayList<>();
        forms.add(new StandardForms.Form("plan", "Ke-hoach-thi-dua", samples -> plan(samples.letterhead(), year)));
        forms.add(new StandardForms.Form("registrations", "Tong-hop-dang-ky-thi-dua", samples -> registrationSummary(samples.letterhead(), year, null)));
        int index = 1;
        for (Pledge pledge : pledges.ofYear(year)) {
            forms.add(new StandardForms.Form("pledge", "Giao-uoc-thi-dua-" + index++, samples -> pledge(samples.letterhead(), pledge)));
        }
        return forms;
    }

    private Map<String, String> unitNames() {
        Map<String, String> names = new HashMap<>();
        for (Unit unit : units.all()) {
            names.put(unit.id(), unit.name());
        }
        return names;
    }

    /**
     * Each unit by code, in tree order, named with its parents below the top ("Trung đội 1 - Đại đội 1 -
     * Tiểu đoàn 1"), so the summary's tables follow the tree and say whose people they list.
     */
    private Map<String, String> unitHeadings() {
        Map<String, String> headings = new LinkedHashMap<>();
        Map<String, Unit> byId = new HashMap<>();
        List<UnitNode> tree = units.tree();
        tree.forEach(node -> byId.put(node.unit().id(), node.unit()));
        for (UnitNode node : tree) {
            StringBuilder heading = new StringBuilder(node.unit().name());
            Unit parent = node.unit().parentId() == null ? null : byId.get(node.unit().parentId());
            while (parent != null && parent.parentId() != null) {
                heading.append(" - ").append(parent.name());
                parent = byId.get(parent.parentId());
            }
            headings.put(node.unit().code(), heading.toString());
        }
        return headings;
    }
}
