package vn.tdkt.award;

import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.org.OrgServices;
import vn.tdkt.org.Unit;

/**
 * {@code eligibility --year Y [--title CODE] [--unit CODE] [--all]}: per title, who qualifies, who nearly does and
 * whom the council decides, each with the reason for every criterion; {@code --all} adds those who do not.
 */
final class EligibilityCommand implements Command {
    private final Supplier<CommendationServices> services;
    private final Supplier<OrgServices> org;

    EligibilityCommand(Supplier<CommendationServices> services, Supplier<OrgServices> org) {
        this.services = services;
        this.org = org;
    }

    @Override
    public String name() {
        return "eligibility";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--year", "--title", "--unit"), Set.of("--all")).atMostPositional(0);
        String yearText = args.value("--year").orElseThrow(() -> new UsageException("cli.error.missingArgument", "--year"));
        int year;
        try {
            year = Integer.parseInt(yearText.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.badValue", "--year", yearText);
        }
        String unitId = args.value("--unit").map(code -> org.get().units().byCode(code)
                .orElseThrow(() -> new UsageException("cli.error.badValue", "--unit", code))).map(Unit::id).orElse(null);
        EligibilityReport report = services.get().eligibility().report(year, unitId, args.value("--title").orElse(null));
        ReasonText text = new ReasonText(context.messages());
        context.say("cli.eligibility.header", year, report.ruleSetCode(), report.ruleSetVersion());
        for (TitleResult title : report.titles()) {
            context.out().println();
            context.say("cli.eligibility.title", title.rule().code(), title.rule().name(), title.qualifying(), title.population());
            if (title.capLimit() != null) {
                context.out().println("  " + context.messages().get("cli.eligibility.cap", title.capLimit(), title.qualifying()));
            }
            for (Verdict v : title.verdicts()) {
                if (v.status() == Status.NOT_QUALIFIED && !args.flag("--all")) {
                    continue;
                }
                context.out().println("  " + context.messages().get(v.status().key()) + ": " + v.candidate().name()
                        + (v.candidate().unitName().isEmpty() ? "" : " — " + v.candidate().unitName()));
                v.reasons().forEach(r -> context.out().println("      " + text.marked(r)));
            }
        }
        return 0;
    }
}
