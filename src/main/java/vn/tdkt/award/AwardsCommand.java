package vn.tdkt.award;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.org.OrgServices;
import vn.tdkt.org.RosterQuery;

/**
 * {@code awards rules [--set army|civil]} prints a rule set with every title's figures, source and note;
 * {@code awards use army|civil} chooses the set the unit works under; {@code awards history UNIT_OR_NAME} prints the
 * award history of a unit (by code) or of the people whose name matches.
 */
final class AwardsCommand implements Command {
    private final Supplier<CommendationServices> services;
    private final Supplier<OrgServices> org;

    AwardsCommand(Supplier<CommendationServices> services, Supplier<OrgServices> org) {
        this.services = services;
        this.org = org;
    }

    @Override
    public String name() {
        return "awards";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--set"), Set.of()).atMostPositional(2);
        String action = args.requirePositional(0, "rules|use|history");
        return switch (action) {
            case "rules" -> rules(context, args);
            case "use" -> {
                String code = args.requirePositional(1, "army|civil");
                services.get().ruleSets().use(code);
                context.say("cli.awards.using", services.get().ruleSets().inUse().name());
                yield 0;
            }
            case "history" -> history(context, args.requirePositional(1, "UNIT|NAME"));
            default -> throw new UsageException("cli.error.badValue", "awards", action);
        };
    }

    private int rules(CommandContext context, Args args) {
        RuleSetService ruleSets = services.get().ruleSets();
        RuleSet rules = args.value("--set").map(ruleSets::current).orElseGet(ruleSets::inUse);
        context.say("cli.awards.ruleSet", rules.name(), rules.code(), rules.version());
        rules.sources().forEach(s -> context.out().println("  " + s));
        if (!rules.note().isEmpty()) {
            context.out().println("  " + rules.note());
        }
        for (TitleRule t : rules.titles()) {
            context.out().println();
            context.out().println(t.code() + "  " + t.name());
            context.out().println("    " + context.messages().get("cli.awards.figures", figure(context, t.voteThreshold(), "%"),
                    figure(context, t.bonusMultiple(), ""),
                    t.cap() == null ? context.messages().get("cli.awards.none") : Eligibility.figure(t.cap().percent()) + "%"));
            context.out().println("    " + context.messages().get("cli.awards.source", t.source().document(),
                    t.source().article().isEmpty() ? "…" : t.source().article()));
            context.out().println("    " + t.note());
        }
        return 0;
    }

    private static String figure(CommandContext context, Double value, String suffix) {
        return value == null ? context.messages().get("cli.awards.none") : Eligibility.figure(value) + suffix;
    }

    /** Whose history is printed: a unit found by its code, else the people whose name matches. */
    private record Subject(String id, String label) {
    }

    private int history(CommandContext context, String who) {
        List<Subject> subjects = org.get().units().byCode(who).map(u -> List.of(new Subject(u.id(), u.name())))
                .orElseGet(() -> org.get().roster().search(RosterQuery.text(who)).stream()
                        .map(e -> new Subject(e.person().id(), e.person().fullName() + " — " + e.unitName())).toList());
        if (subjects.isEmpty()) {
            throw new UsageException("cli.error.badValue", "awards history", who);
        }
        for (Subject subject : subjects) {
            context.out().println(subject.label());
            for (PastAward a : services.get().records().historyOf(subject.id())) {
                context.out().println("  " + a.year() + "  " + a.titleName() + "  " + Objects.toString(a.decisionNumber(), "") + "  "
                        + VietnameseDates.shortForm(a.decisionDate()) + "  " + Objects.toString(a.issuer(), ""));
            }
        }
        return 0;
    }
}
