package vn.tdkt.exemplar;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.MessageKey;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import vn.tdkt.exemplar.ExemplarSettings.TraitList;
import vn.tdkt.exemplar.PlanItems.Check;
import vn.tdkt.exemplar.PlanItems.Media;
import vn.tdkt.exemplar.PlanItems.Milestone;
import vn.tdkt.exemplar.PlanItems.Replication;
import vn.tdkt.exemplar.PlanItems.StageChange;
import vn.tdkt.exemplar.PlanItems.Support;
import vn.tdkt.exemplar.PlanItems.SupportKind;
import vn.tdkt.exemplar.PlanItems.Target;
import vn.tdkt.org.Person;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;

/**
 * The ĐHTT use cases: discover a model, nurture it (plan, milestones, mentor, support, checks), attach
 * evidence, summarize, replicate, move it between stages, and tell which models have stalled. Every
 * change runs in one transaction with its audit entry.
 */
public final class ExemplarService {
    static final String ENTITY = "exemplar";
    /** The list of fields of work in {@link #choices(String)}; the đặc trưng lists are named by {@link TraitList#key()}. */
    public static final String FIELD_LIST = "field";
    // Keys of the settings table (not message keys).
    private static final String STALL_DAYS = "exemplar.stallDays";
    private static final String MAX_ATTACHMENT = "exemplar.maxAttachmentMb";
    private static final String MIN_CHECKS = "exemplar.minChecks";
    private static final String TRAIT_LIST = "exemplar.traitList";

    private final Database database;
    private final ExemplarRepository repository;
    private final UnitService units;
    private final RosterService roster;
    private final AuditTrail audit;
    private final Clock clock;

    public ExemplarService(Database database, ExemplarRepository repository, UnitService units, RosterService roster, AuditTrail audit, Clock clock) {
        this.database = database;
        this.repository = repository;
        this.units = units;
        this.roster = roster;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // --- phát hiện

    public Exemplar discover(Discovery discovery) {
        return database.transactionResult(() -> {
            String field = required(discovery.field(), "exemplar.field.field");
            String reason = requiredText(discovery.reason(), "exemplar.field.reason");
            String by = required(discovery.discoveredBy(), "exemplar.field.discoveredBy");
            LocalDate on = notFuture(required(discovery.discoveredOn(), "exemplar.field.discoveredOn"), "exemplar.field.discoveredOn");
            String unitId;
            String subject;
            if ((discovery.personId() == null) == (discovery.unitId() == null)) {
                throw new AppException("exemplar.error.subject");
            }
            if (discovery.personId() != null) {
                Person person = roster.get(discovery.personId());
                if (person.left()) {
                    throw new AppException("exemplar.error.personLeft", person.fullName());
                }
                unitId = person.unitId();
                subject = person.fullName();
            } else {
                Unit unit = units.get(discovery.unitId());
                unitId = unit.id();
                subject = unit.name();
            }
            String id = Ids.newId();
            repository.insert(id, discovery.personId(), discovery.unitId(), unitId, field, reason, by, on, clock.instant());
            repository.replaceTraits(id, cleanList(discovery.traits()));
            repository.addStageChange(id, new StageChange(null, Stage.DISCOVERED, on, null));
            audit.created(ENTITY, id, subject + " — " + field);
            return get(id);
        });
    }

    /** Corrects what was recorded on discovery (field, reason, who, when, đặc trưng); the subject stays. */
    public Exemplar updateProfile(String id, String field, String reason, String discoveredBy, LocalDate discoveredOn, List<String> traits) {
        return database.transactionResult(() -> {
            Exemplar record = get(id);
            String newField = required(field, "exemplar.field.field");
            String newReason = requiredText(reason, "exemplar.field.reason");
            String by = required(discoveredBy, "exemplar.field.discoveredBy");
            LocalDate on = notFuture(required(discoveredOn, "exemplar.field.discoveredOn"), "exemplar.field.discoveredOn");
            audit.changed(ENTITY, id, "field", record.field(), newField);
            audit.changed(ENTITY, id, "reason", record.reason(), newReason);
            audit.changed(ENTITY, id, "discoveredBy", record.discoveredBy(), by);
            audit.changed(ENTITY, id, "discoveredOn", record.discoveredOn(), on);
            List<String> newTraits = cleanList(traits);
            audit.changed(ENTITY, id, "traits", String.join("; ", repository.traits(id)), String.join("; ", newTraits));
            repository.updateProfile(id, newField, newReason, by, on);
            repository.replaceTraits(id, newTraits);
            return get(id);
        });
    }

    public Exemplar get(String id) {
        return repository.byId(id).orElseThrow(() -> new AppException("exemplar.error.notFound", id));
    }

    /** The sending unit of a model received from a subordinate (read-only here); empty for the unit's own. */
    public Optional<String> receivedFrom(String id) {
        return repository.receivedFrom(id);
    }

    public Dossier dossier(String id) {
        Exemplar exemplar = get(id);
        return new Dossier(exemplar, repository.history(id), repository.targets(id), repository.milestones(id), repository.support(id),
                repository.checks(id), repository.replications(id), repository.media(id), repository.evidence(id));
    }

    // --- the board

    /** Every model as a card, stall rule applied, in Vietnamese name order. */
    public List<Card> cards() {
        return cards(today());
    }

    /** The cards as they stood on {@code today}: milestones overdue and checks missing by that day (the list printed as of a date). */
    public List<Card> cards(LocalDate today) {
        int stallDays = settings().stallDays();
        return repository.cards(today).stream()
                .map(row -> new Card(row.id(), row.subjectName(), row.unitId(), row.unitName(), row.field(), row.stage(), row.discoveredOn(),
                        row.lastCheckOn(), row.stage() == Stage.REPLICATED ? 0 : row.overdueMilestones(),
                        stalledForChecks(row, today, stallDays), row.ready(), row.receivedFrom()))
                .sorted(Comparator.comparing(Card::subjectName, VietnameseNames.nameOrder()))
                .toList();
    }

    /**
     * A model waiting to be nurtured or being nurtured needs checking: without a check for longer than
     * the setting (counted from its last check, or from when it entered its stage) it has stalled.
     */
    private static boolean stalledForChecks(ExemplarRepository.CardRow row, LocalDate today, int stallDays) {
        if (row.stage() != Stage.DISCOVERED && row.stage() != Stage.NURTURING) {
            return false;
        }
        LocalDate since = row.lastCheckOn() != null && row.lastCheckOn().isAfter(row.stageOn()) ? row.lastCheckOn() : row.stageOn();
        return ChronoUnit.DAYS.between(since, today) > stallDays;
    }

    public List<Card> stalled() {
        return cards().stream().filter(Card::stalled).toList();
    }

    public Map<Stage, Long> countsByStage() {
        Map<Stage, Long> counts = new java.util.EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            counts.put(stage, 0L);
        }
        cards().forEach(c -> counts.merge(c.stage(), 1L, Long::sum));
        return counts;
    }

    /**
     * Moves a model to another stage on a date, keeping the history. Forward goes one stage at a time;
     * going back needs a reason, which is kept with the move.
     */
    public Exemplar move(String id, Stage to, LocalDate on, String note) {
        return database.transactionResult(() -> {
            Exemplar record = get(id);
            Stage from = record.stage();
            String cleanNote = VietnameseText.cleanOrNull(note);
            if (to == from) {
                throw new AppException("exemplar.error.sameStage", new MessageKey(to.messageKey()));
            }
            if (to.ordinal() > from.ordinal() + 1) {
                throw new AppException("exemplar.error.skipStage", new MessageKey(from.messageKey()), new MessageKey(to.messageKey()));
            }
            if (to.ordinal() < from.ordinal() && cleanNote == null) {
                throw new AppException("exemplar.error.backNeedsReason", new MessageKey(to.messageKey()));
            }
            LocalDate date = notFuture(required(on, "exemplar.field.movedOn"), "exemplar.field.movedOn");
            if (date.isBefore(record.stageOn())) {
                throw new AppException("exemplar.error.moveBefore", vn.tdkt.core.VietnameseDates.shortForm(record.stageOn()));
            }
            repository.updateStage(id, to, date);
            if (to.ordinal() < Stage.SUMMARIZED.ordinal() && record.readyOn() != null) {
                // A dossier sent back to be nurtured again is no longer ready to go upward.
                repository.updateReady(id, null);
                audit.changed(ENTITY, id, "readyOn", record.readyOn(), null);
            }
            repository.addStageChange(id, new StageChange(from, to, date, cleanNote));
            audit.changed(ENTITY, id, "stage", from.name(), to.name());
            return get(id);
        });
    }

    public List<StageChange> history(String id) {
        return repository.history(id);
    }

    // --- bồi dưỡng

    public void setMentor(String id, String personId) {
        database.transaction(() -> {
            Exemplar record = get(id);
            if (personId != null) {
                Person mentor = roster.get(personId);
                if (personId.equals(record.personId())) {
                    throw new AppException("exemplar.error.mentorSelf", mentor.fullName());
                }
            }
            audit.changed(ENTITY, id, "mentor", record.mentorId(), personId);
            repository.updateMentor(id, personId);
        });
    }

    public void putTarget(String id, int year, String title) {
        database.transaction(() -> {
            get(id);
            if (year < 2000 || year > 2100) {
                throw new AppException("exemplar.error.year", year);
            }
            String clean = required(title, "exemplar.field.targetTitle");
            repository.putTarget(id, new Target(year, clean));
            audit.changed(ENTITY, id, "target." + year, null, clean);
        });
    }

    public void removeTarget(String id, int year) {
        database.transaction(() -> {
            get(id);
            repository.removeTarget(id, year);
            audit.changed(ENTITY, id, "target." + year, "x", null);
        });
    }

    public Milestone addMilestone(String id, String title, LocalDate dueOn, String owner) {
        return database.transactionResult(() -> {
            get(id);
            Milestone milestone = new Milestone(Ids.newId(), required(title, "exemplar.field.milestone"),
                    required(dueOn, "exemplar.field.dueOn"), required(owner, "exemplar.field.owner"), null);
            repository.insertMilestone(id, milestone);
            audit.created("exemplar_milestone", milestone.id(), milestone.title());
            return milestone;
        });
    }

    public void completeMilestone(String id, String milestoneId, LocalDate on) {
        database.transaction(() -> {
            LocalDate date = notFuture(required(on, "exemplar.field.doneOn"), "exemplar.field.doneOn");
            if (repository.markMilestoneDone(id, milestoneId, date) != 1) {
                throw new AppException("exemplar.error.notFound", milestoneId);
            }
            audit.changed("exemplar_milestone", milestoneId, "doneOn", null, date);
        });
    }

    public Support addSupport(String id, LocalDate on, SupportKind kind, String description) {
        return database.transactionResult(() -> {
            get(id);
            Support support = new Support(Ids.newId(), notFuture(required(on, "exemplar.field.givenOn"), "exemplar.field.givenOn"),
                    required(kind, "exemplar.field.supportKind"), requiredText(description, "exemplar.field.support"));
            repository.insertSupport(id, support);
            audit.created("exemplar_support", support.id(), support.description());
            return support;
        });
    }

    public Check addCheck(String id, LocalDate on, String result, String assessment, String nextStep) {
        return database.transactionResult(() -> {
            get(id);
            Check check = new Check(Ids.newId(), notFuture(required(on, "exemplar.field.checkedOn"), "exemplar.field.checkedOn"),
                    requiredText(result, "exemplar.field.result"), optionalText(assessment), optionalText(nextStep));
            repository.insertCheck(id, check);
            audit.created("exemplar_check", check.id(), check.result());
            return check;
        });
    }

    // --- tổng kết, nhân rộng

    public void saveSummary(String id, String summary, LocalDate on) {
        database.transaction(() -> {
            Exemplar record = get(id);
            String text = requiredText(summary, "exemplar.field.summary");
            LocalDate date = notFuture(required(on, "exemplar.field.summaryOn"), "exemplar.field.summaryOn");
            audit.changed(ENTITY, id, "summary", record.summary(), text);
            repository.updateSummary(id, text, date);
        });
    }

    public Replication addReplication(String id, LocalDate on, String event, String adoptedBy, String outcome) {
        return database.transactionResult(() -> {
            get(id);
            Replication replication = new Replication(Ids.newId(), notFuture(required(on, "exemplar.field.heldOn"), "exemplar.field.heldOn"),
                    requiredText(event, "exemplar.field.event"), optionalText(adoptedBy), optionalText(outcome));
            repository.insertReplication(id, replication);
            audit.created("exemplar_replication", replication.id(), replication.event());
            return replication;
        });
    }

    public Media addMedia(String id, String outlet, LocalDate on, String title) {
        return database.transactionResult(() -> {
            get(id);
            Media media = new Media(Ids.newId(), required(outlet, "exemplar.field.outlet"),
                    notFuture(required(on, "exemplar.field.publishedOn"), "exemplar.field.publishedOn"), required(title, "exemplar.field.mediaTitle"));
            repository.insertMedia(id, media);
            audit.created("exemplar_media", media.id(), media.outlet() + ": " + media.title());
            return media;
        });
    }

    // --- evidence

    /** Reads and attaches a file; see {@link #attach(String, String, byte[], String, LocalDate)}. */
    public Evidence attach(String id, Path file, String caption, LocalDate takenOn) {
        long max = settings().maxAttachmentBytes();
        byte[] bytes;
        try {
            // Refuse by size before reading a huge file into memory.
            long size = Files.size(file);
            if (size > max) {
                throw new AppException("exemplar.evidence.error.tooLarge", file.getFileName().toString(),
                        EvidenceFiles.megabytes(size), EvidenceFiles.megabytes(max));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new AppException(e, "exemplar.evidence.error.notFound", file.toAbsolutePath());
        } catch (IOException e) {
            throw new AppException(e, "exemplar.evidence.error.read", file.toAbsolutePath(), e.getMessage());
        }
        return attach(id, file.getFileName().toString(), bytes, caption, takenOn);
    }

    /**
     * Checks the file whole (type by content, size, a JPEG cut short, a PDF that does not open), then
     * stores its bytes once under their SHA-256 and links them to the model, all in one transaction.
     */
    public Evidence attach(String id, String fileName, byte[] bytes, String caption, LocalDate takenOn) {
        EvidenceFiles.Checked checked = EvidenceFiles.check(fileName, bytes, settings().maxAttachmentBytes());
        return database.transactionResult(() -> {
            get(id);
            String evidenceId = Ids.newId();
            repository.storeAttachment(checked, bytes, clock.instant());
            repository.insertEvidence(id, evidenceId, checked.sha256(), VietnameseText.clean(fileName), optionalText(caption), takenOn, clock.instant());
            audit.created("exemplar_evidence", evidenceId, fileName + " " + checked.sha256());
            return repository.evidence(id).stream().filter(e -> e.id().equals(evidenceId)).findFirst().orElseThrow();
        });
    }

    /**
     * Runs reads on one connection and one snapshot: a dossier reads its fifty attachments without
     * opening a connection for each, and never sees evidence added halfway through.
     */
    public void reading(Runnable work) {
        database.transaction(work);
    }

    public byte[] content(Evidence evidence) {
        return repository.content(evidence.sha256());
    }

    public byte[] thumbnail(Evidence evidence) {
        return repository.thumbnail(evidence.sha256());
    }

    // --- completeness and sending upward

    public Completeness completeness(String id) {
        Dossier d = dossier(id);
        Exemplar e = d.exemplar();
        int needed = settings().minChecks();
        boolean profile = e.field() != null && e.reason() != null && e.discoveredBy() != null;
        boolean plan = !d.targets().isEmpty() && !d.milestones().isEmpty() && e.mentorId() != null;
        return new Completeness(List.of(
                new Completeness.Item(Completeness.Part.PROFILE, profile, profile ? 1 : 0, 1),
                new Completeness.Item(Completeness.Part.PLAN, plan, plan ? 1 : 0, 1),
                new Completeness.Item(Completeness.Part.CHECKS, d.checks().size() >= needed, d.checks().size(), needed),
                new Completeness.Item(Completeness.Part.SUMMARY, e.summary() != null, e.summary() != null ? 1 : 0, 1),
                new Completeness.Item(Completeness.Part.EVIDENCE, !d.evidence().isEmpty(), d.evidence().size(), 1),
                new Completeness.Item(Completeness.Part.REPLICATION, !d.replications().isEmpty(), d.replications().size(), 1)));
    }

    /** Marks the dossier ready to send upward; refused, naming what is missing, until every item is met. */
    public void markReady(String id, LocalDate on) {
        database.transaction(() -> {
            Exemplar record = get(id);
            Completeness completeness = completeness(id);
            if (!completeness.complete()) {
                List<Completeness.Part> missing = completeness.missing();
                throw new AppException("exemplar.error.incomplete",
                        new MessageKey("exemplar.complete." + missing.getFirst().name().toLowerCase(java.util.Locale.ROOT)), missing.size());
            }
            LocalDate date = notFuture(required(on, "exemplar.field.readyOn"), "exemplar.field.readyOn");
            audit.changed(ENTITY, id, "readyOn", record.readyOn(), date);
            repository.updateReady(id, date);
        });
    }

    // --- lists and settings

    public List<String> fields() {
        return repository.choices(FIELD_LIST);
    }

    /** The đặc trưng of the rule set in use (settings). */
    public List<String> traits() {
        return repository.choices(settings().traitList().key());
    }

    public List<String> choices(String list) {
        return repository.choices(list);
    }

    public void addChoice(String list, String name) {
        String clean = required(name, "exemplar.field.choice");
        database.transaction(() -> {
            if (repository.choices(list).contains(clean)) {
                throw new AppException("exemplar.error.choiceExists", clean);
            }
            repository.addChoice(list, clean);
            audit.created("exemplar_choice", list, clean);
        });
    }

    public void removeChoice(String list, String name) {
        database.transaction(() -> {
            repository.removeChoice(list, name);
            audit.deleted("exemplar_choice", list, name);
        });
    }

    public ExemplarSettings settings() {
        Map<String, String> values = repository.settings();
        ExemplarSettings d = ExemplarSettings.DEFAULTS;
        return new ExemplarSettings(intSetting(values, STALL_DAYS, d.stallDays()),
                intSetting(values, MAX_ATTACHMENT, d.maxAttachmentMegabytes()),
                intSetting(values, MIN_CHECKS, d.minChecks()),
                "civilian".equals(values.get(TRAIT_LIST)) ? TraitList.CIVILIAN : d.traitList());
    }

    public void saveSettings(ExemplarSettings settings) {
        if (settings.stallDays() < 1 || settings.stallDays() > 3650) {
            throw new AppException("exemplar.error.stallDays", settings.stallDays());
        }
        if (settings.maxAttachmentMegabytes() < 1 || settings.maxAttachmentMegabytes() > 500) {
            throw new AppException("exemplar.error.maxAttachment", settings.maxAttachmentMegabytes());
        }
        if (settings.minChecks() < 0 || settings.minChecks() > 100) {
            throw new AppException("exemplar.error.minChecks", settings.minChecks());
        }
        database.transaction(() -> {
            ExemplarSettings before = settings();
            repository.putSetting(STALL_DAYS, Integer.toString(settings.stallDays()));
            repository.putSetting(MAX_ATTACHMENT, Integer.toString(settings.maxAttachmentMegabytes()));
            repository.putSetting(MIN_CHECKS, Integer.toString(settings.minChecks()));
            repository.putSetting(TRAIT_LIST, settings.traitList() == TraitList.CIVILIAN ? "civilian" : "army");
            audit.changed("setting", "exemplar", "exemplar", before, settings);
        });
    }

    private static int intSetting(Map<String, String> values, String key, int fallback) {
        try {
            return values.containsKey(key) ? Integer.parseInt(values.get(key)) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public boolean any() {
        return repository.any();
    }

    // --- input checks


    private static String required(String text, String fieldKey) {
        String clean = VietnameseText.cleanOrNull(text);
        if (clean == null) {
            throw new AppException("exemplar.error.required", new MessageKey(fieldKey));
        }
        return clean;
    }

    /** Paragraph text: NFC, ends trimmed, line breaks kept. */
    private static String requiredText(String text, String fieldKey) {
        String clean = optionalText(text);
        if (clean == null) {
            throw new AppException("exemplar.error.required", new MessageKey(fieldKey));
        }
        return clean;
    }

    private static String optionalText(String text) {
        if (text == null) {
            return null;
        }
        String clean = VietnameseText.nfc(text).strip();
        return clean.isEmpty() ? null : clean;
    }

    private static <T> T required(T value, String fieldKey) {
        if (value == null) {
            throw new AppException("exemplar.error.required", new MessageKey(fieldKey));
        }
        return value;
    }

    private LocalDate notFuture(LocalDate date, String fieldKey) {
        if (date.isAfter(today())) {
            throw new AppException("exemplar.error.future", new MessageKey(fieldKey), vn.tdkt.core.VietnameseDates.shortForm(date));
        }
        return date;
    }

    private static List<String> cleanList(List<String> values) {
        return values.stream().map(VietnameseText::cleanOrNull).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
