package vn.tdkt.settings;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.core.Lazy;
import vn.tdkt.demo.SampleStep;
import vn.tdkt.db.Kernel;
import vn.tdkt.frame.Feature;
import vn.tdkt.settings.ui.SettingsPage;
import vn.tdkt.ui.NavigationEntry;

/** Cài đặt: the unit's letterhead, the legal register and the preferences, which every document and the shell read. */
public final class SettingsFeature implements Feature {
    private final Lazy<SettingsService> service;
    private final Lazy<LegalRegister> legalRegister;

    public SettingsFeature(Kernel kernel) {
        this.service = Lazy.of(() -> new SettingsService(kernel.database(), new SettingsRepository(kernel.database()), kernel.audit()));
        this.legalRegister = Lazy.of(() -> new LegalRegister(kernel.database(), new LegalRegisterRepository(kernel.database()), kernel.audit()));
    }

    public SettingsService service() {
        return service.get();
    }

    /** The legal grounds forms cite and the dated base salary. */
    public LegalRegister legalRegister() {
        return legalRegister.get();
    }

    @Override
    public void prepare() {
        service();
        legalRegister();
    }

    @Override
    public List<NavigationEntry> pages() {
        return List.of(new NavigationEntry("settings", "page.settings", "mdmz-settings", ui -> new SettingsPage(ui, service(), legalRegister())));
    }

    @Override
    public Optional<SampleStep> sampleData() {
        return Optional.of(SampleStep.of(() -> !service().letterhead().unitName().isEmpty(), (size, progress) -> {
            service().saveLetterhead(SampleLetterhead.of(size));
            return Map.of("letterhead", 1);
        }));
    }
}
