package vn.tdkt.award.certificate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import vn.tdkt.award.Decision;
import vn.tdkt.award.Vote;
import vn.tdkt.bench.BenchContext;
import vn.tdkt.bench.Measurement;
import vn.tdkt.core.Progress;

/**
 * 1,000 certificates in the full design written into one PDF through SafeFiles: the demo's decision with its
 * awardees repeated under numbered names to 1,000 lines. {@link LibreOfficeCertificateMeasurement} converts the same
 * 1,000 certificates from .docx in the same run, for the "≥ 20× faster".
 */
public final class CertificateMeasurement implements Measurement {
    static final int CERTIFICATES = 1000;
    private final Supplier<CertificateService> service;
    private Decision decision;

    public CertificateMeasurement(Supplier<CertificateService> service) {
        this.service = service;
    }

    @Override
    public String name() {
        return "award.certificates.pdf.1000";
    }

    @Override
    public void setUp(BenchContext context) {
        decision = thousand(service.get());
    }

    @Override
    public double run(BenchContext context) {
        Path out = context.scratch().resolve("certificates-1000.pdf");
        int pages = service.get().writeDesign(decision, out, Progress.NONE);
        if (pages != CERTIFICATES) {
            throw new IllegalStateException("wrote " + pages + " certificates");
        }
        return Double.NaN;
    }

    /** The data folder's first decision with 1,000 awardees: its own repeated, each name numbered so no two pages match. */
    static Decision thousand(CertificateService service) {
        Decision first = service.decisions().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("the sample data has no decision"));
        List<Decision.Awardee> awardees = new ArrayList<>();
        for (int i = 0; i < CERTIFICATES; i++) {
            Decision.Awardee model = first.awardees().get(i % first.awardees().size());
            Vote vote = model.vote();
            awardees.add(new Decision.Awardee(new Vote(vote.id(), vote.personId(), vote.name() + " " + (i + 1), vote.rank(),
                    vote.positionAndUnit(), vote.collective(), vote.award(), vote.votes(), vote.passed(), vote.summary()),
                    Integer.toString(i + 1), model.bonusMultiple()));
        }
        return new Decision(first.id(), first.decision(), first.proposalId(), first.award(), first.achievement(), first.fund(),
                first.executor(), awardees);
    }
}
