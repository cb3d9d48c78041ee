package vn.tdkt.award;

import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.core.AppException;

/**
 * {@code council check --title CODE --members N --agree K}: whether a ballot reaches the rule's threshold over the
 * council's total membership. Exit 0 when it does, 1 when it does not, so a script can use the answer.
 */
final class CouncilCommand implements Command {
    private final Supplier<CommendationServices> services;

    CouncilCommand(Supplier<CommendationServices> services) {
        this.services = services;
    }

    @Override
    public String name() {
        return "council";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--title", "--members", "--agree"), Set.of()).atMostPositional(1);
        String action = args.requirePositional(0, "check");
        if (!action.equals("check")) {
            throw new UsageException("cli.error.badValue", "council", action);
        }
        String code = args.value("--title").orElseThrow(() -> new UsageException("cli.error.missingArgument", "--title"));
        TitleRule rule = services.get().ruleSets().inUse().title(code).orElseThrow(() -> new AppException("award.error.noTitle", code));
        BallotCheck ballot = BallotCheck.of(rule, number(args, "--members"), number(args, "--agree"));
        context.say(ballot.passed() ? "cli.council.passed" : "cli.council.failed", rule.name(), ballot.agree(), ballot.members(),
                Eligibility.figure(ballot.percent()), Eligibility.figure(ballot.threshold()));
        return ballot.passed() ? 0 : 1;
    }

    private static int number(Args args, String option) {
        String text = args.value(option).orElseThrow(() -> new UsageException("cli.error.missingArgument", option));
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new UsageException("cli.error.badValue", option, text);
        }
    }
}
