package vn.tdkt.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Comparator;
import java.util.function.Supplier;
import vn.tdkt.core.AppException;
import vn.tdkt.core.MessageKey;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.doc.Contradiction;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.FormSource;
import vn.tdkt.doc.Issuer;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.org.UnitService;

/**
 * The plan feature's documents, built from the records: the plan on its issue date, the registration summary on
 * the registration deadline the plan set, and each pledge on the day it was signed.
 */
public final class PlanDocuments {
    private final PlanService plans;
    private final BlockService blocks;
    private final RegistrationService registrations;
    private final PledgeService pledges;
    private final UnitService units;
    private final Supplier<Issuer> issuer;

    public PlanDocuments(PlanService plans, BlockService blocks, RegistrationService registrations, PledgeService pledges, UnitService units,
                         Supplier<Issuer> issuer) {
        this.plans = plans;
        this.blocks = blocks;
        this.registrations = registrations;
        this.pledges = pledges;
        this.units = units;
        this.issuer = issuer;
    }

    /** The plan of {@code year}; refused while it has no issue date, which the form would otherwise have to invent. */
    public Document plan(int year) {
        Plan plan = plans.planOfYear(year).orElseThrow(() -> new AppException("plan.error.noPlan", year));
        if (plan.issuedOn() == null) {
            throw new AppException("plan.missing.issuedOn", year);
        }
        Programme programme = plans.programmes().stream().filter(p -> p.id().equals(plan.programmeId())).findFirst().orElse(null);
        return PlanForm.build(issuer.get(), new PlanForm.Data(plan, programme, plans.movements(plan.id()),
                plans.targetViews(plan.id(), plans.today()).stream().map(TargetView::target).toList(), unitNames()));
    }

    /** The bảng tổng hợp of a unit and everything below it (everyone when {@code unitId} is null), as of {@code date}. */
    public Document registrationSummary(int year, String unitId, LocalDate date) {
        Issuer unit = issuer.get();
        String scope = unitId == null ? unit.unitName() : units.get(unitId).name();
        return RegistrationSummaryForm.build(unit, new RegistrationSummaryForm.Data(year, date, scope,
                registrations.unitLines(year, unitId), registrations.personLines(year, unitId), unitHeadings()));
    }

    public Document pledge(Pledge pledge) {
        return PledgeForm.build(issuer.get(), new PledgeForm.Data(pledge, blocks.get(pledge.blockId()), unitNames()));
    }

    /**
     * The forms the Văn bản page and {@code docs render} offer: a plan is offered once it has an issue date, its
     * registration summary once it sets a registration deadline, a pledge once it is signed.
     */
    public List<FormSource> forms() {
        return List.of(
                new FormSource("plan", "Ke-hoach-thi-dua", "plan.missing.issued",
                        () -> issuedPlans().stream().map(p -> new FormSource.Choice(p.id(), "Năm " + p.year() + " — "
                                + (p.number() == null ? "" : "số " + p.number() + ", ") + VietnameseDates.shortForm(p.issuedOn()),
                                Integer.toString(p.year()))).toList(),
                        id -> plan(plans.plan(id).year()), id -> check(plans.plan(id))),
                new FormSource("registrations", "Tong-hop-dang-ky-thi-dua", "plan.missing.registrationDue",
                        () -> newestFirst(plans.plans()).stream().filter(p -> p.registrationDue() != null)
                                .map(p -> new FormSource.Choice(p.id(), "Năm " + p.year() + " — hạn đăng ký " + VietnameseDates.shortForm(p.registrationDue()),
                                        Integer.toString(p.year()))).toList(),
                        id -> {
                            Plan plan = plans.plan(id);
                            return registrationSummary(plan.year(), null, plan.registrationDue());
                        }, id -> check(plans.plan(id))),
                new FormSource("pledge", "Giao-uoc-thi-dua", "plan.missing.pledge", this::signedPledges,
                        id -> pledge(pledgeById(id)), id -> checkPledge(pledgeById(id))));
    }

    private List<Plan> issuedPlans() {
        return newestFirst(plans.plans()).stream().filter(p -> p.issuedOn() != null).toList();
    }

    private static List<Plan> newestFirst(List<Plan> plans) {
        return plans.stream().sorted(Comparator.comparingInt(Plan::year).reversed()).toList();
    }

    private List<FormSource.Choice> signedPledges() {
        List<FormSource.Choice> choices = new ArrayList<>();
        for (Plan plan : newestFirst(plans.plans())) {
            int index = 1;
            for (Pledge pledge : pledges.ofYear(plan.year())) {
                if (pledge.signedOn() != null) {
                    choices.add(new FormSource.Choice(pledge.id(), pledge.title() + " — " + VietnameseDates.shortForm(pledge.signedOn()),
                            pledge.year() + "-" + index));
                }
                index++;
            }
        }
        return choices;
    }

    private Pledge pledgeById(String id) {
        return plans.plans().stream().flatMap(p -> pledges.ofYear(p.year()).stream()).filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AppException("plan.error.noPledge"));
    }

    /** Every deadline a plan sets falls on or after the plan's own date. */
    public List<Contradiction> check(Plan plan) {
        List<Contradiction> found = new ArrayList<>();
        if (plan.issuedOn() != null && plan.registrationDue() != null && plan.registrationDue().isBefore(plan.issuedOn())) {
            found.add(Contradiction.of("plan.check.deadlineBeforePlan", number(plan), VietnameseDates.shortForm(plan.issuedOn()),
                    new MessageKey("plan.deadline.registration"), VietnameseDates.shortForm(plan.registrationDue())));
        }
        return found;
    }

    /** A pledge carries out its year's plan, so it is signed on or after the plan's date. */
    private List<Contradiction> checkPledge(Pledge pledge) {
        Optional<Plan> plan = plans.planOfYear(pledge.year()).filter(p -> p.issuedOn() != null);
        if (plan.isPresent() && pledge.signedOn() != null && pledge.signedOn().isBefore(plan.get().issuedOn())) {
            return List.of(Contradiction.of("plan.check.pledgeBeforePlan", pledge.title(), VietnameseDates.shortForm(pledge.signedOn()),
                    number(plan.get()), VietnameseDates.shortForm(plan.get().issuedOn())));
        }
        return List.of();
    }

    private static String number(Plan plan) {
        return plan.number() == null ? "năm " + plan.year() : "số " + plan.number();
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
