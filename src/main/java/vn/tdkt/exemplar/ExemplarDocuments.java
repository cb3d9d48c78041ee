package vn.tdkt.exemplar;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.award.AchievementReportForm;
import vn.tdkt.doc.FormSource;
import vn.tdkt.exemplar.DossierForm.ProfileLine;
import vn.tdkt.exemplar.PlanItems.Check;
import vn.tdkt.exemplar.PlanItems.Target;
import vn.tdkt.org.Gender;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.RosterDates;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;
import vn.tdkt.settings.Letterhead;
import vn.tdkt.settings.SettingsService;

/**
 * The documents of the ĐHTT feature, built from the records: the hồ sơ (PDF with the evidence pages
 * appended, and its .docx parts), the danh sách and the báo cáo thành tích of a model.
 */
public final class ExemplarDocuments {
    private final ExemplarService exemplars;
    private final RosterService roster;
    private final UnitService units;
    private final SettingsService settings;
    private final DocumentWriter writer;

    public ExemplarDocuments(ExemplarService exemplars, RosterService roster, UnitService units, SettingsService settings, DocumentWriter writer) {
        this.exemplars = exemplars;
        this.roster = roster;
        this.units = units;
        this.settings = settings;
        this.writer = writer;
    }

    public Document dossier(String id) {
        Dossier dossier = exemplars.dossier(id);
        return DossierForm.build(settings.letterheadForDocuments(), dossier, profile(dossier.exemplar()), dossier.lastRecordedOn());
    }

    /** The list as of the latest entry in any model's hồ sơ, with each model's standing on that day. */
    public Document list() {
        LocalDate asOf = listDate();
        return ExemplarListForm.build(settings.letterheadForDocuments(), exemplars.cards(asOf), asOf);
    }

    private LocalDate listDate() {
        return exemplars.cards().stream().map(c -> exemplars.dossier(c.id()).lastRecordedOn()).max(java.util.Comparator.naturalOrder())
                .orElseGet(exemplars::today);
    }

    /** The báo cáo thành tích, prefilled from the profile, the summary and the check log. */
    public Document report(String id) {
        Dossier dossier = exemplars.dossier(id);
        Exemplar e = dossier.exemplar();
        LocalDate date = dossier.lastRecordedOn();
        List<AchievementReportForm.ProfileLine> profile = profile(e).stream().map(l -> new AchievementReportForm.ProfileLine(l.label(), l.value())).toList();
        List<String> duties = new ArrayList<>();
        if (!e.collective()) {
            PersonDetails details = roster.get(e.personId()).details();
            if (details.position() != null) {
                duties.add("Đảm nhiệm cương vị " + details.position() + ", " + e.unitName() + ".");
            }
        }
        duties.add("Được lựa chọn xây dựng điển hình tiên tiến về " + e.field().toLowerCase(java.util.Locale.ROOT) + " từ ngày "
                + VietnameseDates.shortForm(e.discoveredOn()) + ": " + e.reason());
        List<String> achievements = new ArrayList<>(e.summary() == null ? List.of() : DossierForm.paragraphs(e.summary()));
        for (Check check : dossier.checks()) {
            achievements.add("Kiểm tra ngày " + VietnameseDates.shortForm(check.checkedOn()) + ": " + check.result()
                    + (check.assessment() == null ? "" : " " + check.assessment()));
        }
        return AchievementReportForm.build(settings.letterheadForDocuments().issuer(), new AchievementReportForm.Report(e.collective(),
                e.subjectName(), award(dossier.targets(), date), date, profile, duties, achievements, List.of(), List.of(), List.of(),
                e.collective() ? "" : e.subjectName()));
    }

    /** The forms the Văn bản page and {@code docs render} offer: each model's hồ sơ and báo cáo thành tích, and the list. */
    public List<FormSource> forms() {
        return List.of(
                new FormSource("exemplarDossier", "Ho-so-DHTT", "exemplar.missing", this::models, this::dossier, id -> List.of()),
                new FormSource("exemplarReport", "Bao-cao-thanh-tich-DHTT", "exemplar.missing", this::models, this::report, id -> List.of()),
                new FormSource("exemplarList", "Danh-sach-DHTT", "exemplar.missing",
                        this::listChoice,
                        id -> list(), id -> List.of()));
    }

    private List<FormSource.Choice> listChoice() {
        if (!exemplars.any()) {
            return List.of();
        }
        LocalDate asOf = listDate();
        return List.of(new FormSource.Choice("all", "Năm " + asOf.getYear() + " — " + VietnameseDates.shortForm(asOf), Integer.toString(asOf.getYear())));
    }

    private List<FormSource.Choice> models() {
        // Two models may share a name ("Trung đội 3" of two companies): the label names the unit too.
        return exemplars.cards().stream().map(c -> new FormSource.Choice(c.id(), c.subjectName()
                + (c.unitName() == null || c.unitName().equals(c.subjectName()) ? "" : " (" + c.unitName() + ")") + " — " + c.field(), c.subjectName())).toList();
    }

    /** The title of the lộ trình for this year, else the latest before it, else the first one planned. */
    private static String award(List<Target> targets, LocalDate date) {
        return targets.stream().filter(t -> t.year() <= date.getYear()).reduce((a, b) -> b)
                .or(() -> targets.stream().findFirst())
                .map(t -> "danh hiệu " + t.title())
                .orElse("danh hiệu thi đua");
    }

    private List<ProfileLine> profile(Exemplar e) {
        List<ProfileLine> lines = new ArrayList<>();
        if (e.collective()) {
            Unit unit = units.get(e.subjectUnitId());
            lines.add(new ProfileLine("Tên tập thể", unit.name()));
            if (unit.kind() != null) {
                lines.add(new ProfileLine("Loại đơn vị", unit.kind()));
            }
            if (!unit.id().equals(e.unitId()) || unit.parentId() != null) {
                units.all().stream().filter(u -> u.id().equals(unit.parentId())).findFirst()
                        .ifPresent(parent -> lines.add(new ProfileLine("Trực thuộc", parent.name())));
            }
            return lines;
        }
        Person person = roster.get(e.personId());
        PersonDetails d = person.details();
        lines.add(new ProfileLine("Họ và tên", d.fullName()));
        if (d.birth() != null || d.gender() != null) {
            lines.add(new ProfileLine("Sinh ngày, tháng, năm", RosterDates.format(d.birth())
                    + (d.gender() == null ? "" : "; Giới tính: " + (d.gender() == Gender.MALE ? "Nam" : "Nữ"))));
        }
        if (d.homeTown() != null) {
            lines.add(new ProfileLine("Quê quán", d.homeTown()));
        }
        lines.add(new ProfileLine("Đơn vị công tác", e.unitName()));
        String rankPosition = String.join(", ", java.util.stream.Stream.of(d.rank(), d.position(), d.partyMember() ? "Đảng viên" : null)
                .filter(java.util.Objects::nonNull).toList());
        if (!rankPosition.isEmpty()) {
            lines.add(new ProfileLine("Cấp bậc, chức vụ", rankPosition));
        }
        if (d.education() != null) {
            lines.add(new ProfileLine("Trình độ chuyên môn, nghiệp vụ", d.education()));
        }
        return lines;
    }

    /** The whole hồ sơ as one PDF, the evidence appended as pages; written safely. */
    public void writeDossierPdf(String id, Path target) {
        exemplars.reading(() -> writeDossierPdfFromOneSnapshot(id, target));
    }

    private void writeDossierPdfFromOneSnapshot(String id, Path target) {
        Dossier dossier = exemplars.dossier(id);
        byte[] rendered = writer.render(DossierForm.build(settings.letterheadForDocuments(), dossier, profile(dossier.exemplar()), dossier.lastRecordedOn()),
                DocumentFormat.PDF);
        SafeFiles.write(target, out -> DossierPdf.write(rendered, dossier.evidence(), exemplars::content, out));
    }

    /** "Ho-so-DHTT-Nguyen-Van-Hung": file names without diacritics. */
    public String fileStem(String id) {
        return VietnameseText.fileSafe("Ho-so-DHTT-" + exemplars.get(id).subjectName());
    }

    /**
     * The hồ sơ PDF and its Word parts (the dossier and the báo cáo thành tích) into {@code folder}; returns the files written.
     */
    public List<Path> writeAll(String id, Path folder) {
        String stem = fileStem(id);
        Path pdf = folder.resolve(stem + ".pdf");
        writeDossierPdf(id, pdf);
        Letterhead letterhead = settings.letterheadForDocuments();
        Path dossierDocx = writer.write(dossier(id), DocumentFormat.DOCX, folder, stem);
        Path reportDocx = writer.write(report(id), DocumentFormat.DOCX, folder,
                VietnameseText.fileSafe("Bao-cao-thanh-tich-" + exemplars.get(id).subjectName() + "-" + letterhead.shortCode()));
        return List.of(pdf, dossierDocx, reportDocx);
    }
}
