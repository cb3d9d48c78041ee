package vn.tdkt.award;

import java.util.List;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseText;

/**
 * The words of a Biên bản the officer may change before it is issued: the purpose in its title, the points of
 * "II. NỘI DUNG" (one a line) and "IV. KẾT LUẬN". {@link #proposed} is the standing wording the council step starts
 * from. The conclusion names the rule's share rather than a count of those passed, so it stays true when a vote is
 * corrected after the wording was edited.
 */
public record MeetingWording(String purpose, List<String> discussion, String conclusion) {
    public MeetingWording {
        discussion = List.copyOf(discussion);
    }

    /** The wording for a meeting on {@code rule}'s list of {@code year}. */
    public static MeetingWording proposed(TitleRule rule, int year) {
        String title = rule.name();
        String who = rule.voteThreshold() == null ? "các trường hợp được Hội đồng bỏ phiếu đồng ý"
                : "các trường hợp đạt từ " + Eligibility.figure(rule.voteThreshold()) + "% số phiếu đồng ý trở lên trên tổng số thành viên Hội đồng";
        return new MeetingWording("xét đề nghị tặng " + title + " năm " + year,
                List.of("Hội đồng xem xét danh sách đủ điều kiện " + title + " năm " + year + " và hồ sơ của từng trường hợp.",
                        "Các ủy viên thảo luận, thống nhất danh sách đưa ra bỏ phiếu kín."),
                "Hội đồng thống nhất đề nghị tặng " + title + " cho " + who + " (kết quả tại mục III).");
    }

    /** As typed: the discussion one point a line; each part in NFC, blank lines dropped. */
    public static MeetingWording typed(String purpose, String discussion, String conclusion) {
        List<String> points = discussion == null ? List.of()
                : discussion.lines().map(VietnameseText::clean).filter(line -> !line.isEmpty()).toList();
        return new MeetingWording(VietnameseText.clean(purpose), points, VietnameseText.clean(conclusion));
    }

    /** The discussion as the text field shows it, one point a line. */
    public String discussionText() {
        return String.join("\n", discussion);
    }

    /** Refuses a wording with a part left empty: a Biên bản is not issued without its purpose, content or conclusion. */
    MeetingWording checked() {
        if (purpose == null || purpose.isBlank()) {
            throw new AppException("award.error.meetingPurpose");
        }
        if (discussion.isEmpty()) {
            throw new AppException("award.error.meetingDiscussion");
        }
        if (conclusion == null || conclusion.isBlank()) {
            throw new AppException("award.error.meetingConclusion");
        }
        return this;
    }
}
