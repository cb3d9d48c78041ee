package vn.tdkt.exchange;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import vn.tdkt.core.Ids;
import vn.tdkt.db.Installation;
import vn.tdkt.exchange.AwardRecords.NomineeJson;
import vn.tdkt.exchange.AwardRecords.ProposalJson;
import vn.tdkt.exchange.SnapshotRecords.UnitJson;

/**
 * The demo at the higher echelon: a snapshot (its units and a month's scores) and a Tờ trình from a fictional
 * subordinate installation (Trung đoàn 21, its own key), written as real signed packages and imported through
 * the same checks as ones from a stick, so the Trao đổi gói page shows received packages, the titles proposed
 * and the subordinate's companies in the ranking across blocks.
 */
final class SampleProposal {
    private static final String CSTD = "Chiến sĩ thi đua cơ sở";

    private SampleProposal() {
    }

    /** A subordinate installation that exists only for the demo: a new id and key pair. */
    static Installation sender(Clock clock) {
        try {
            KeyPair keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new Installation(Ids.newId(), clock.instant(), keys.getPublic().getEncoded(), keys.getPrivate().getEncoded());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks Ed25519", e);
        }
    }

    /** The fictional regiment: the top unit every package of the sample sender speaks for. */
    static Manifest.SourceUnit unit() {
        return new Manifest.SourceUnit(Ids.newId(), "MAU-E21", "Trung đoàn 21 (mẫu)");
    }

    /**
     * A units-only snapshot of the fictional regiment (Tiểu đoàn 2 with Đại đội 5 and 6), carrying the two
     * companies' totals for {@code block}'s period under the same criteria set, so the ranking across blocks
     * shows them beside the demo's own companies. Their levels sit around the own block's (its best and
     * worst base), not at the top or bottom by construction. Names and no short names that no roster sheet
     * uses: a roster import matches units by name and must not land in these read-only ones.
     */
    static PackageContents snapshot(Manifest.SourceUnit unit, String battalionId, String companyFive, Optional<ScoreRecords.PeriodJson> block) {
        String companySix = Ids.newId();
        UnitJson[] units = {
            new UnitJson(unit.id(), null, unit.code(), unit.name(), null, "Trung đoàn", 1, null),
            new UnitJson(battalionId, unit.id(), unit.code() + "-d2", "Tiểu đoàn 2 (mẫu)", null, "Tiểu đoàn", 1, null),
            new UnitJson(companyFive, battalionId, unit.code() + "-c5", "Đại đội 5 (mẫu)", null, "Đại đội", 1, null),
            new UnitJson(companySix, battalionId, unit.code() + "-c6", "Đại đội 6 (mẫu)", null, "Đại đội", 2, null)};
        ScoreRecords.PeriodJson[] periods = block.map(b -> {
            double high = java.util.Arrays.stream(b.totals()).mapToDouble(ScoreRecords.TotalJson::base).max().orElse(0);
            double low = java.util.Arrays.stream(b.totals()).mapToDouble(ScoreRecords.TotalJson::base).min().orElse(0);
            return new ScoreRecords.PeriodJson[] {new ScoreRecords.PeriodJson(Ids.newId(), b.title(), b.kind(), b.year(), b.number(),
                    b.setName(), b.setVersion(), b.setFingerprint(), new ScoreRecords.TotalJson[] {
                        new ScoreRecords.TotalJson(companyFive, "Đại đội 5 (mẫu)", Math.round((high + low) / 2 * 2) / 2.0, 1, 0),
                        new ScoreRecords.TotalJson(companySix, "Đại đội 6 (mẫu)", Math.round(low * 2) / 2.0, 0, 2)})};
        }).orElse(new ScoreRecords.PeriodJson[0]);
        return new PackageContents(unit, false)
                .count(SnapshotKind.UNIT, units.length)
                .count(SnapshotKind.PERSON, 0)
                .count(SnapshotKind.SCORE_PERIOD, periods.length)
                .data("units", new SnapshotRecords.Units(units))
                .data("people", new SnapshotRecords.People(new SnapshotRecords.PersonJson[0]))
                .data("scores", new ScoreRecords.Scores(periods));
    }

    /** The Tờ trình with its meeting and nominees, and the documents {@code documents} renders of it into {@code work}. */
    static PackageContents contents(LocalDate today, Manifest.SourceUnit unit, String companyFive, SampleDocuments documents, java.nio.file.Path work) {
        int year = today.getYear();
        LocalDate meeting = today.minusDays(12);
        NomineeJson[] nominees = {
            new NomineeJson(Ids.newId(), null, "Hoàng Minh Khôi", "Thượng úy", "Đại đội trưởng, Đại đội 5", false, CSTD, 9, true,
                    "Hoàn thành xuất sắc nhiệm vụ năm " + year + "; đơn vị huấn luyện đạt giỏi", null),
            new NomineeJson(Ids.newId(), null, "Đinh Thị Mai", "Trung úy", "Trợ lý Tuyên huấn, Ban Chính trị", false, CSTD, 8, true,
                    "01 sáng kiến được công nhận cấp cơ sở", null),
            new NomineeJson(Ids.newId(), null, "Đại đội 5 (mẫu), Tiểu đoàn 2 (mẫu)", "", "Tiểu đoàn 2 (mẫu)", true, "Đơn vị quyết thắng", 9, true,
                    "Hoàn thành xuất sắc nhiệm vụ huấn luyện, sẵn sàng chiến đấu", companyFive)};
        ProposalJson proposal = new ProposalJson(Ids.newId(), "07/TTr-TrĐ21", meeting.plusDays(3).toString(), "danh hiệu thi đua năm " + year,
                "Sư đoàn trưởng", "xuất sắc trong phong trào Thi đua Quyết thắng năm " + year, "05/BB-TrĐ21", meeting.toString(), 9, 9,
                nominees);
        return documents.proposal(new PackageContents(unit, true)
                .subject(proposal.id())
                .count("nominee", nominees.length)
                .data("proposal", proposal), proposal, work);
    }
}
