package vn.tdkt.exchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.exemplar.Dossier;
import vn.tdkt.exemplar.Evidence;
import vn.tdkt.exemplar.Exemplar;
import vn.tdkt.exemplar.PlanItems.Check;
import vn.tdkt.exemplar.PlanItems.Media;
import vn.tdkt.exemplar.PlanItems.Milestone;
import vn.tdkt.exemplar.PlanItems.Replication;
import vn.tdkt.exemplar.PlanItems.StageChange;
import vn.tdkt.exemplar.PlanItems.Support;
import vn.tdkt.exemplar.PlanItems.SupportKind;
import vn.tdkt.exemplar.PlanItems.Target;
import vn.tdkt.exemplar.Stage;

/**
 * The JSON form of one model's dossier ({@code data/dossier.json}): the model, its đặc trưng, stage
 * history, lộ trình, milestones, support, check log, nhân rộng, media and the evidence list (the files
 * themselves travel as {@code files/<sha256>}). Dates are ISO text; every text is cleaned to NFC on
 * the way in, and anything unreadable refuses the package naming the record.
 */
final class DossierRecords {
    private DossierRecords() {
    }

    record ModelJson(String id, String personId, String subjectUnitId, String unitId, String subjectName, String unitName,
                     String field, String reason, String discoveredBy, String discoveredOn, String[] traits, String stage,
                     String stageOn, String mentorId, String mentorName, String summary, String summaryOn, String readyOn) {
    }

    record StageChangeJson(String from, String to, String on, String note) {
    }

    record TargetJson(int year, String title) {
    }

    record MilestoneJson(String id, String title, String dueOn, String owner, String doneOn) {
    }

    record SupportJson(String id, String givenOn, String kind, String description) {
    }

    record CheckJson(String id, String checkedOn, String result, String assessment, String nextStep) {
    }

    record ReplicationJson(String id, String heldOn, String event, String adoptedBy, String outcome) {
    }

    record MediaJson(String id, String outlet, String publishedOn, String title) {
    }

    record EvidenceJson(String id, String sha256, String fileName, String caption, String takenOn, String addedAt) {
    }

    record DossierJson(ModelJson model, StageChangeJson[] history, TargetJson[] targets, MilestoneJson[] milestones,
                       SupportJson[] support, CheckJson[] checks, ReplicationJson[] replications, MediaJson[] media,
                       EvidenceJson[] evidence) {
        static DossierJson of(Dossier d) {
            Exemplar e = d.exemplar();
            ModelJson model = new ModelJson(e.id(), e.personId(), e.subjectUnitId(), e.unitId(), e.subjectName(), e.unitName(), e.field(),
                    e.reason(), e.discoveredBy(), text(e.discoveredOn()), e.traits().toArray(String[]::new), e.stage().name(), text(e.stageOn()),
                    e.mentorId(), e.mentorName(), e.summary(), text(e.summaryOn()), text(e.readyOn()));
            return new DossierJson(model,
                    d.history().stream().map(c -> new StageChangeJson(c.from() == null ? null : c.from().name(), c.to().name(), text(c.on()), c.note()))
                            .toArray(StageChangeJson[]::new),
                    d.targets().stream().map(t -> new TargetJson(t.year(), t.title())).toArray(TargetJson[]::new),
                    d.milestones().stream().map(m -> new MilestoneJson(m.id(), m.title(), text(m.dueOn()), m.owner(), text(m.doneOn())))
                            .toArray(MilestoneJson[]::new),
                    d.support().stream().map(s -> new SupportJson(s.id(), text(s.givenOn()), s.kind().name(), s.description()))
                            .toArray(SupportJson[]::new),
                    d.checks().stream().map(c -> new CheckJson(c.id(), text(c.checkedOn()), c.result(), c.assessment(), c.nextStep()))
                            .toArray(CheckJson[]::new),
                    d.replications().stream().map(r -> new ReplicationJson(r.id(), text(r.heldOn()), r.event(), r.adoptedBy(), r.outcome()))
                            .toArray(ReplicationJson[]::new),
                    d.media().stream().map(m -> new MediaJson(m.id(), m.outlet(), text(m.publishedOn()), m.title())).toArray(MediaJson[]::new),
                    d.evidence().stream().map(v -> new EvidenceJson(v.id(), v.sha256(), v.fileName(), v.caption(), text(v.takenOn()),
                            v.addedAt().toString())).toArray(EvidenceJson[]::new));
        }
    }

    /** The records as the exemplar tables take them, each checked; the first unreadable one refuses the package. */
    record Read(ModelJson model, List<String> traits, List<StageChange> history, List<Target> targets, List<Milestone> milestones,
                List<Support> support, List<Check> checks, List<Replication> replications, List<Media> media, List<EvidenceJson> evidence) {
        static Read of(DossierJson json) {
            ModelJson m = json.model();
            if (m == null || m.id() == null || m.unitId() == null || (m.personId() == null) == (m.subjectUnitId() == null)
                    || required(m.field()) == null || required(m.reason()) == null || required(m.discoveredBy()) == null) {
                throw new AppException("exchange.error.badRecords", "dossier model");
            }
            date(m.discoveredOn(), true);
            stage(m.stage());
            date(m.stageOn(), true);
            date(m.summaryOn(), false);
            date(m.readyOn(), false);
            List<EvidenceJson> evidence = list(json.evidence()).stream().peek(v -> {
                if (v.id() == null || v.sha256() == null || !v.sha256().matches("[0-9a-f]{64}") || required(v.fileName()) == null) {
                    throw new AppException("exchange.error.badRecords", "evidence " + v.fileName());
                }
                date(v.takenOn(), false);
                instant(v.addedAt());
            }).toList();
            return new Read(m, list(m.traits()).stream().map(VietnameseText::cleanOrNull).filter(java.util.Objects::nonNull).distinct().toList(),
                    list(json.history()).stream().map(c -> new StageChange(c.from() == null ? null : stage(c.from()), stage(c.to()),
                            date(c.on(), true), clean(c.note()))).toList(),
                    list(json.targets()).stream().map(t -> new Target(t.year(), need(t.title(), "target"))).toList(),
                    list(json.milestones()).stream().map(x -> new Milestone(id(x.id()), need(x.title(), "milestone"), date(x.dueOn(), true),
                            need(x.owner(), "milestone"), date(x.doneOn(), false))).toList(),
                    list(json.support()).stream().map(s -> new Support(id(s.id()), date(s.givenOn(), true), supportKind(s.kind()),
                            need(s.description(), "support"))).toList(),
                    list(json.checks()).stream().map(c -> new Check(id(c.id()), date(c.checkedOn(), true), need(c.result(), "check"),
                            clean(c.assessment()), clean(c.nextStep()))).toList(),
                    list(json.replications()).stream().map(r -> new Replication(id(r.id()), date(r.heldOn(), true), need(r.event(), "replication"),
                            clean(r.adoptedBy()), clean(r.outcome()))).toList(),
                    list(json.media()).stream().map(x -> new Media(id(x.id()), need(x.outlet(), "media"), date(x.publishedOn(), true),
                            need(x.title(), "media"))).toList(),
                    evidence);
        }
    }

    private static <T> List<T> list(T[] values) {
        return values == null ? List.of() : List.of(values);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static LocalDate date(String text, boolean required) {
        if (text == null) {
            if (required) {
                throw new AppException("exchange.error.badRecords", "dossier date");
            }
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new AppException(e, "exchange.error.badRecords", text);
        }
    }

    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (RuntimeException e) {
            throw new AppException(e, "exchange.error.badRecords", String.valueOf(text));
        }
    }

    static Stage stage(String name) {
        return Stage.parse(name).orElseThrow(() -> new AppException("exchange.error.badRecords", "stage " + name));
    }

    private static SupportKind supportKind(String name) {
        try {
            return SupportKind.valueOf(name);
        } catch (RuntimeException e) {
            throw new AppException(e, "exchange.error.badRecords", "support " + name);
        }
    }

    private static String id(String id) {
        if (id == null || id.isBlank()) {
            throw new AppException("exchange.error.badRecords", "dossier id");
        }
        return id;
    }

    static String required(String text) {
        return VietnameseText.cleanOrNull(text);
    }

    private static String need(String text, String what) {
        String clean = clean(text);
        if (clean == null) {
            throw new AppException("exchange.error.badRecords", what);
        }
        return clean;
    }

    /** Paragraph text as the service keeps it: NFC, ends trimmed, line breaks kept. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String clean = VietnameseText.nfc(text).strip();
        return clean.isEmpty() ? null : clean;
    }
}
