package vn.tdkt.org;

import vn.tdkt.settings.SettingsService;

/** The services of units and people, built once by {@link OrgFeature}, for its pages and commands. */
public record OrgServices(UnitService units, RosterService roster, RosterImporter importer, SettingsService settings) {
}
