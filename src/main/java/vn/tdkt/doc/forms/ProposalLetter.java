package vn.tdkt.doc.forms;

import java.time.LocalDate;
import java.util.List;

/** What a Tờ trình đề nghị khen thưởng says; features fill it from their data. */
public record ProposalLetter(String number, LocalDate date, String award, String addressee, String addresseeShort,
                             LocalDate councilDate, String achievement, List<Nominee> collectives, List<Nominee> individuals,
                             List<String> recipients) {
}
