package vn.tdkt.exchange;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import vn.tdkt.core.Ids;
import vn.tdkt.db.Installation;
import vn.tdkt.exchange.AwardRecords.NomineeJson;
import vn.tdkt.exchange.AwardRecords.ProposalJson;

/**
 * The demo at the higher echelon: a Tờ trình from a fictional subordinate installation (Trung đoàn
 * 21, its own key), written as a real signed package and imported through the same checks as one
 * from a stick, so the Trao đổi gói page shows a received package and the titles it proposes.
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

    static PackageContents contents(LocalDate today) {
        int year = today.getYear();
        LocalDate meeting = today.minusDays(12);
        NomineeJson[] nominees = {
            new NomineeJson(Ids.newId(), null, "Hoàng Minh Khôi", "Thượng úy", "Đại đội trưởng, Đại đội 5", false, CSTD, 9, true,
                    "Hoàn thành xuất sắc nhiệm vụ năm " + year + "; đơn vị huấn luyện đạt giỏi", null),
            new NomineeJson(Ids.newId(), null, "Đinh Thị Mai", "Trung úy", "Trợ lý Tuyên huấn, Ban Chính trị", false, CSTD, 8, true,
                    "01 sáng kiến được công nhận cấp cơ sở", null),
            new NomineeJson(Ids.newId(), null, "Đại đội 5, Tiểu đoàn 2", "", "Tiểu đoàn 2", true, "Đơn vị quyết thắng", 9, true,
                    "Hoàn thành xuất sắc nhiệm vụ huấn luyện, sẵn sàng chiến đấu", null)};
        ProposalJson proposal = new ProposalJson(Ids.newId(), "07/TTr-TrĐ21", meeting.plusDays(3).toString(), "danh hiệu thi đua năm " + year,
                "Sư đoàn trưởng", "xuất sắc trong phong trào Thi đua Quyết thắng năm " + year, "05/BB-TrĐ21", meeting.toString(), 9, 9,
                nominees);
        return new PackageContents(new Manifest.SourceUnit(Ids.newId(), "MAU-E21", "Trung đoàn 21 (mẫu)"), true)
                .subject(proposal.id())
                .count("nominee", nominees.length)
                .data("proposal", proposal);
    }
}
