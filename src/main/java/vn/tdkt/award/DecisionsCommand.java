package vn.tdkt.award;

import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;

/** {@code decisions list}: each Quyết định khen thưởng, newest first, with its number, date, awardee count and bonus total. */
final class DecisionsCommand implements Command {
    private final Supplier<DossierSteps> steps;

    DecisionsCommand(Supplier<DossierSteps> steps) {
        this.steps = steps;
    }

    @Override
    public String name() {
        return "decisions";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of(), Set.of()).atMostPositional(1);
        String action = args.requirePositional(0, "list");
        if (!action.equals("list")) {
            throw new UsageException("cli.error.badValue", "decisions", action);
        }
        var lines = steps.get().decisions();
        if (lines.isEmpty()) {
            context.say("cli.decisions.none");
            return 0;
        }
        for (DossierSteps.DecisionLine line : lines) {
            context.say("cli.decisions.line", line.decision().decision().number(), VietnameseDates.shortForm(line.decision().date()),
                    AwardeeCount.of(line.decision(), context.messages()), line.bonusTotal().map(VietnameseNumbers::grouped).orElse(context.messages().get("cli.decisions.noSalary")),
                    line.decision().award());
        }
        return 0;
    }
}
