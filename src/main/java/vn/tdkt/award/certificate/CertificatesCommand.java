package vn.tdkt.award.certificate;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import vn.tdkt.award.Decision;
import vn.tdkt.cli.Args;
import vn.tdkt.cli.Command;
import vn.tdkt.cli.CommandContext;
import vn.tdkt.cli.UsageException;
import vn.tdkt.core.Progress;
import vn.tdkt.core.VietnameseNumbers;

/**
 * {@code certificates --decision NUMBER --out FILE.pdf [--blank-form LAYOUT [--printer NAME] [--calibration]]}: every
 * certificate of a decision in one PDF, in the full design or as text for a layout's blanks moved by the printer's
 * offset; with {@code --calibration}, the layout's calibration page instead.
 */
public final class CertificatesCommand implements Command {
    private final Supplier<CertificateService> service;

    public CertificatesCommand(Supplier<CertificateService> service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "certificates";
    }

    @Override
    public int run(CommandContext context) {
        Args args = Args.parse(context.args(), Set.of("--decision", "--out", "--blank-form", "--printer"), Set.of("--calibration"))
                .atMostPositional(0);
        Path out = Path.of(args.value("--out").orElseThrow(() -> new UsageException("cli.error.missingArgument", "--out")));
        String printer = args.value("--printer").orElse("");
        if (args.flag("--calibration")) {
            String code = args.value("--blank-form").orElseThrow(() -> new UsageException("cli.error.missingArgument", "--blank-form"));
            BlankLayout layout = service.get().layout(code);
            PrinterOffset offset = service.get().offset(printer);
            service.get().writeCalibration(layout, offset, field -> context.messages().get(field.labelKey()),
                    List.of(context.messages().get("certificate.calibration.title", layout.name(), printer,
                            VietnameseNumbers.decimal(offset.xMm(), 1), VietnameseNumbers.decimal(offset.yMm(), 1)),
                            context.messages().get("certificate.calibration.hint")), out);
            context.say("cli.certificates.calibration", out.toAbsolutePath());
            return 0;
        }
        String number = args.value("--decision").orElseThrow(() -> new UsageException("cli.error.missingArgument", "--decision"));
        Decision decision = service.get().decision(number);
        int pages;
        if (args.value("--blank-form").isPresent()) {
            BlankLayout layout = service.get().layout(args.value("--blank-form").get());
            pages = service.get().writeOnBlanks(decision, layout, service.get().offset(printer), out, Progress.NONE);
            context.say("cli.certificates.blank", pages, decision.decision().number(), layout.name(), out.toAbsolutePath());
        } else {
            pages = service.get().writeDesign(decision, out, Progress.NONE);
            context.say("cli.certificates.design", pages, decision.decision().number(), out.toAbsolutePath());
        }
        return 0;
    }
}
