package vn.tdkt.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.exchange.DossierRecords.DossierJson;
import vn.tdkt.exchange.DossierRecords.EvidenceJson;
import vn.tdkt.exchange.DossierRecords.ModelJson;
import vn.tdkt.exchange.DossierRecords.Read;
import vn.tdkt.exemplar.Dossier;
import vn.tdkt.exemplar.Evidence;
import vn.tdkt.exemplar.EvidenceFiles;
import vn.tdkt.exemplar.Exemplar;
import vn.tdkt.exemplar.ExemplarRepository;
import vn.tdkt.exemplar.ExemplarServices;
import vn.tdkt.org.PersonRepository;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitRepository;
import vn.tdkt.org.UnitService;

/**
 * One model's ĐHTT dossier (SUBJECT: the model's id, as {@code exemplars list} prints it): its whole
 * record as {@code data/dossier.json}, its evidence files, and the rendered hồ sơ PDF under
 * {@code docs/}. The receiver keeps the model read-only under the sending unit; the person, the unit
 * and the mentor it names must already be there from that unit's snapshot, because a model without
 * its person would show nobody. A newer dossier of the same model replaces the older one.
 */
final class DossierKind implements PackageKind {
    static final String NAME = "dossier";
    static final String EXEMPLAR = "exemplar";

    private final ExemplarServices exemplars;
    private final ExemplarRepository exemplarTable;
    private final UnitService units;
    private final UnitRepository unitTable;
    private final PersonRepository personTable;
    private final ExchangeRepository exchange;

    DossierKind(ExemplarServices exemplars, ExemplarRepository exemplarTable, UnitService units, UnitRepository unitTable,
                PersonRepository personTable, ExchangeRepository exchange) {
        this.exemplars = exemplars;
        this.exemplarTable = exemplarTable;
        this.units = units;
        this.unitTable = unitTable;
        this.personTable = personTable;
        this.exchange = exchange;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Subject> subjects() {
        Set<String> imported = exchange.importedIds(EXEMPLAR);
        return exemplars.exemplars().cards().stream().filter(c -> !imported.contains(c.id()))
                .map(c -> new Subject(c.id(), c.subjectName() + " — " + c.field())).toList();
    }

    @Override
    public PackageContents contents(String subject, Path work, Messages messages) {
        Dossier dossier = exemplars.exemplars().dossier(subject);
        Exemplar model = dossier.exemplar();
        if (exchange.importedIds(EXEMPLAR).contains(model.id())) {
            throw new AppException("exchange.error.notOurs", model.subjectName());
        }
        Unit unit = units.get(model.unitId());
        PackageContents contents = new PackageContents(new Manifest.SourceUnit(unit.id(), unit.code(), unit.name()), !model.collective())
                .subject(model.id())
                .count(EXEMPLAR, 1)
                .count("check", dossier.checks().size())
                .count("evidence", dossier.evidence().size())
                .data("dossier", DossierJson.of(dossier));
        Path files = work.resolve("files");
        for (Evidence evidence : dossier.evidence()) {
            Path file = files.resolve(evidence.sha256());
            SafeFiles.writeBytes(file, exemplars.exemplars().content(evidence));
            contents.attachment(file);
        }
        String pdf = exemplars.documents().fileStem(model.id()) + ".pdf";
        exemplars.documents().writeDossierPdf(model.id(), work.resolve(pdf));
        return contents.doc(pdf, work.resolve(pdf));
    }

    @Override
    public void apply(OpenedPackage opened, ImportScope scope) {
        Read read = Read.of(opened.data("dossier", DossierJson.class));
        ModelJson model = read.model();
        if (!model.id().equals(opened.manifest().subject())) {
            throw new AppException("exchange.error.badRecords", "dossier " + model.id());
        }
        Map<String, String> owners = scope.owners(EXEMPLAR, List.of(model.id()));
        if (exemplarTable.byId(model.id()).isPresent() && !scope.owner().equals(owners.get(model.id()))) {
            throw new AppException("exchange.error.recordTaken", exemplarTable.byId(model.id()).map(Exemplar::subjectName).orElse(model.id()));
        }
        String subjectName = Optional.ofNullable(VietnameseText.cleanOrNull(model.subjectName())).orElse(model.id());
        String unitName = Optional.ofNullable(VietnameseText.cleanOrNull(model.unitName())).orElse(opened.manifest().unit().name());
        requireFromSender(scope, SnapshotKind.UNIT, model.unitId(), unitTable.byId(model.unitId()).isPresent(), subjectName, unitName);
        if (model.subjectUnitId() != null) {
            requireFromSender(scope, SnapshotKind.UNIT, model.subjectUnitId(), unitTable.byId(model.subjectUnitId()).isPresent(), subjectName, unitName);
        } else {
            requireFromSender(scope, SnapshotKind.PERSON, model.personId(), personTable.byId(model.personId()).isPresent(), subjectName, unitName);
        }
        if (model.mentorId() != null) {
            requireFromSender(scope, SnapshotKind.PERSON, model.mentorId(), personTable.byId(model.mentorId()).isPresent(), subjectName, unitName);
        }

        Set<String> gone = new HashSet<>(scope.previouslyOwned(EXEMPLAR));
        gone.forEach(exemplarTable::delete);
        write(read, opened);
        gone.remove(model.id());
        scope.forget(EXEMPLAR, gone);
        scope.own(EXEMPLAR, List.of(model.id()));
    }

    /** The person, unit or mentor a dossier names must be here, brought by the same sender's snapshot. */
    private static void requireFromSender(ImportScope scope, String entity, String id, boolean exists, String subjectName, String unitName) {
        if (!exists || !scope.owner().equals(scope.owners(entity, List.of(id)).get(id))) {
            throw new AppException("exchange.error.dossierNeedsSnapshot", subjectName, unitName);
        }
    }

    private void write(Read read, OpenedPackage opened) {
        ModelJson m = read.model();
        String id = m.id();
        Instant created = DossierRecords.instant(opened.manifest().createdAt());
        exemplarTable.insert(id, m.personId(), m.subjectUnitId(), m.unitId(), DossierRecords.required(m.field()), DossierRecords.clean(m.reason()),
                DossierRecords.required(m.discoveredBy()), DossierRecords.date(m.discoveredOn(), true), created);
        exemplarTable.updateStage(id, DossierRecords.stage(m.stage()), DossierRecords.date(m.stageOn(), true));
        exemplarTable.updateMentor(id, m.mentorId());
        String summary = DossierRecords.clean(m.summary());
        if (summary != null) {
            exemplarTable.updateSummary(id, summary, DossierRecords.date(m.summaryOn(), true));
        }
        exemplarTable.updateReady(id, DossierRecords.date(m.readyOn(), false));
        exemplarTable.replaceTraits(id, read.traits());
        read.history().forEach(c -> exemplarTable.addStageChange(id, c));
        read.targets().forEach(t -> exemplarTable.putTarget(id, t));
        read.milestones().forEach(x -> exemplarTable.insertMilestone(id, x));
        read.support().forEach(x -> exemplarTable.insertSupport(id, x));
        read.checks().forEach(x -> exemplarTable.insertCheck(id, x));
        read.replications().forEach(x -> exemplarTable.insertReplication(id, x));
        read.media().forEach(x -> exemplarTable.insertMedia(id, x));
        for (EvidenceJson evidence : read.evidence()) {
            String fileName = DossierRecords.required(evidence.fileName());
            byte[] bytes = fileBytes(opened, evidence.sha256());
            // The same checks as a file the officer attaches here: a signed package may still carry a broken image.
            EvidenceFiles.Checked checked = EvidenceFiles.check(fileName, bytes, Long.MAX_VALUE);
            if (!checked.sha256().equals(evidence.sha256())) {
                throw new AppException("exchange.error.badRecords", "evidence " + fileName);
            }
            exemplarTable.storeAttachment(checked, bytes, created);
            exemplarTable.insertEvidence(id, evidence.id(), checked.sha256(), fileName, DossierRecords.clean(evidence.caption()),
                    DossierRecords.date(evidence.takenOn(), false), DossierRecords.instant(evidence.addedAt()));
        }
    }

    private static byte[] fileBytes(OpenedPackage opened, String sha256) {
        try (InputStream in = opened.file(sha256)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AppException(e, "exchange.error.missingEntry", PackageFormat.FILES + sha256);
        }
    }}
