package vn.tdkt.plan;

import java.util.LinkedHashSet;
import java.util.List;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;

/** Giao ước thi đua: signed between at least two units of one block, in the block's year, with commitments. */
public final class PledgeService {
    private final Database database;
    private final PledgeRepository pledges;
    private final BlockService blocks;
    private final AuditTrail audit;

    public PledgeService(Database database, PledgeRepository pledges, BlockService blocks, AuditTrail audit) {
        this.database = database;
        this.pledges = pledges;
        this.blocks = blocks;
        this.audit = audit;
    }

    public List<Pledge> ofYear(int year) {
        return pledges.ofYear(year);
    }

    public Pledge add(Pledge draft) {
        return database.transactionResult(() -> {
            Block block = blocks.get(draft.blockId());
            String title = VietnameseText.cleanOrNull(draft.title());
            if (title == null) {
                throw new AppException("plan.error.pledgeTitle");
            }
            if (draft.signedOn() == null || draft.signedOn().getYear() != block.year()) {
                throw new AppException("plan.error.pledgeDate", block.year());
            }
            List<String> parties = List.copyOf(new LinkedHashSet<>(draft.partyUnitIds()));
            if (parties.size() < 2) {
                throw new AppException("plan.error.pledgeParties");
            }
            if (!block.memberUnitIds().containsAll(parties)) {
                throw new AppException("plan.error.pledgeOutsideBlock", block.name());
            }
            List<String> commitments = draft.commitments().stream().map(VietnameseText::cleanOrNull).filter(c -> c != null).toList();
            if (commitments.isEmpty()) {
                throw new AppException("plan.error.pledgeCommitments");
            }
            Pledge pledge = new Pledge(Ids.newId(), block.year(), block.id(), title, draft.signedOn(), parties, commitments);
            pledges.insert(pledge);
            audit.created("pledge", pledge.id(), block.year() + " " + block.name() + " " + title);
            return pledge;
        });
    }

    public void delete(String pledgeId) {
        database.transaction(() -> {
            pledges.delete(pledgeId);
            audit.deleted("pledge", pledgeId, pledgeId);
        });
    }
}
