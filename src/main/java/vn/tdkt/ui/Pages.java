package vn.tdkt.ui;

import java.util.List;
import vn.tdkt.doc.ui.DocumentsPage;
import vn.tdkt.org.ui.RosterPage;
import vn.tdkt.overview.ui.OverviewPage;
import vn.tdkt.plan.ui.PlanPage;
import vn.tdkt.settings.ui.SettingsPage;

/** The navigation, in the order of the year's work. A feature's page is listed here once it works. */
public final class Pages {
    private Pages() {
    }

    public static List<Page> create(UiContext ui) {
        return List.of(
                new OverviewPage(ui),
                new RosterPage(ui),
                new PlanPage(ui),
                new DocumentsPage(ui),
                new SettingsPage(ui));
    }
}
