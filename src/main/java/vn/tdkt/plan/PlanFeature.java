package vn.tdkt.plan;

import java.time.Clock;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.UnitService;

/** The plan feature's services, built once by constructor over the shared database, units and roster. */
public final class PlanFeature {
    private final PlanService plans;
    private final BlockService blocks;
    private final RegistrationService registrations;
    private final PledgeService pledges;
    private final PlanDocuments documents;

    public PlanFeature(Database database, UnitService units, RosterService roster, AuditTrail audit, Clock clock) {
        PledgeRepository pledgeRepository = new PledgeRepository(database);
        this.plans = new PlanService(database, new PlanRepository(database), units, audit, clock);
        this.blocks = new BlockService(database, new BlockRepository(database), pledgeRepository, units, audit);
        this.registrations = new RegistrationService(database, new RegistrationRepository(database), units, roster, audit, clock);
        this.pledges = new PledgeService(database, pledgeRepository, blocks, audit);
        this.documents = new PlanDocuments(plans, blocks, registrations, pledges, units);
    }

    public PlanService plans() {
        return plans;
    }

    public BlockService blocks() {
        return blocks;
    }

    public RegistrationService registrations() {
        return registrations;
    }

    public PledgeService pledges() {
        return pledges;
    }

    public PlanDocuments documents() {
        return documents;
    }
}
