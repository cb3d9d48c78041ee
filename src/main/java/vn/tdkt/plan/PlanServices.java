package vn.tdkt.plan;

import java.time.Clock;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.UnitService;
import vn.tdkt.settings.SettingsService;

/** The plan feature's services, built once by {@link PlanFeature} over the shared database, units and roster. */
public final class PlanServices {
    private final UnitService units;
    private final RosterService roster;
    private final SettingsService settings;
    private final PlanService plans;
    private final BlockService blocks;
    private final RegistrationService registrations;
    private final PledgeService pledges;
    private final PlanDocuments documents;

    public PlanServices(Database database, UnitService units, RosterService roster, SettingsService settings, AuditTrail audit, Clock clock) {
        this.units = units;
        this.roster = roster;
        this.settings = settings;
        PledgeRepository pledgeRepository = new PledgeRepository(database);
        this.plans = new PlanService(database, new PlanRepository(database), units, audit, clock);
        this.blocks = new BlockService(database, new BlockRepository(database), pledgeRepository, units, audit);
        this.registrations = new RegistrationService(database, new RegistrationRepository(database), units, roster, audit, clock);
        this.pledges = new PledgeService(database, pledgeRepository, blocks, audit);
        this.documents = new PlanDocuments(plans, blocks, registrations, pledges, units, () -> settings.letterheadForDocuments().issuer());
    }

    public UnitService units() {
        return units;
    }

    public RosterService roster() {
        return roster;
    }

    public SettingsService settings() {
        return settings;
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
