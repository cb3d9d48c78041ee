package vn.tdkt.overview;

import java.util.List;
import vn.tdkt.core.Lazy;
import vn.tdkt.db.Kernel;
import vn.tdkt.demo.SampleData;
import vn.tdkt.frame.Feature;
import vn.tdkt.frame.Watch;
import vn.tdkt.overview.ui.OverviewPage;
import vn.tdkt.settings.SettingsFeature;
import vn.tdkt.ui.NavigationEntry;

/** Tổng quan: what the data folder holds, and sample data for an empty one. */
public final class OverviewFeature implements Feature {
    private final Lazy<OverviewService> service;
    private final SampleData samples;

    /** {@code tables} and {@code watches}: the other features' overview tables and attention lists, in navigation order. */
    public OverviewFeature(Kernel kernel, SettingsFeature settings, SampleData samples, List<String> tables, List<Watch> watches) {
        this.service = Lazy.of(() -> new OverviewService(kernel, settings.service(), tables, watches));
        this.samples = samples;
    }

    @Override
    public List<NavigationEntry> pages() {
        return List.of(new NavigationEntry("overview", "page.overview", "mdal-dashboard", ui -> new OverviewPage(ui, service.get(), samples)));
    }
}
