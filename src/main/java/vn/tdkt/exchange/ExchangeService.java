package vn.tdkt.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import vn.tdkt.award.Vote;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.core.SafeFiles;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import vn.tdkt.db.Installation;
import vn.tdkt.doc.SystemViewer;

/**
 * USB exchange: write a signed package of one kind, verify a package, and import it — every check
 * done before the database is touched, then the records applied in one transaction. Trust in a
 * sender is given once, by its key fingerprint; later packages must carry the same key.
 */
public final class ExchangeService {
    private final Database database;
    private final ExchangeRepository repository;
    private final Supplier<Installation> installation;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<String, PackageKind> kinds = new LinkedHashMap<>();
    private final PackageWriter writer;
    private final PackageReader reader;
    private final Path temporaries;
    private final AwardExchangeRepository awards;
    private final ReceivedDocuments documents;
    private final Path viewed;

    /**
     * {@code viewed}: where a received document is written for the system's reader to open it — in the data folder
     * beside the documents the Văn bản page opens, since it holds personnel records.
     */
    ExchangeService(Database database, ExchangeRepository repository, Supplier<Installation> installation, AuditTrail audit,
                    Clock clock, List<PackageKind> kinds, PackageCrypto crypto, Path temporaries, AwardExchangeRepository awards,
                    ReceivedDocumentRepository documents, Path viewed) {
        this.database = database;
        this.repository = repository;
        this.installation = installation;
        this.audit = audit;
        this.clock = clock;
        kinds.forEach(k -> this.kinds.put(k.name(), k));
        this.writer = new PackageWriter(crypto);
        this.reader = new PackageReader(crypto, temporaries);
        this.temporaries = temporaries;
        this.awards = awards;
        this.documents = new ReceivedDocuments(documents);
        this.viewed = viewed;
    }

    /** The kinds this installation can write and read, by name. */
    public List<String> kinds() {
        return List.copyOf(kinds.keySet());
    }

    /** What can be sent as a package of this kind, read in one transaction. */
    public List<PackageKind.Subject> subjects(String kindName) {
        PackageKind kind = kind(kindName);
        return database.transactionResult(kind::subjects);
    }

    /** This installation's key fingerprint, for the officer to read out to the receiving echelon. */
    public String ownFingerprint() {
        return installation.get().fingerprint();
    }

    /** What an export wrote. {@code unprotectedPersonalData}: people's records left without a password. */
    public record Exported(Manifest manifest, Path file, long bytes, boolean unprotectedPersonalData) {
    }

    /**
     * Writes the package, then reads it back from where it was written and verifies it all, so the
     * officer is told the stick is safe to remove only once the package on it is known good.
     */
    public Exported export(String kindName, String subject, Path target, char[] password, Messages messages, Progress progress) {
        PackageKind kind = kind(kindName);
        char[] secret = password == null || password.length == 0 ? null : password;
        Path work = workFolder();
        try {
            PackageContents contents = kind.contents(subject, work, messages);
            Installation self = installation.get();
            Manifest manifest = new Manifest(PackageFormat.VERSION, Ids.newId(), kind.name(), contents.subject(),
                    clock.instant().toString(), new Manifest.Source(self.id(), PackageWriter.publicKeyText(self)),
                    contents.unit(), database.transactionResult(repository::nextSequence), contents.personalData(),
                    contents.summary());
            writer.write(target, manifest, contents, self, secret, progress);
            try (OpenedPackage readBack = reader.open(target, secret, new ArrayList<>(), Progress.NONE)) {
                if (!readBack.manifest().packageId().equals(manifest.packageId())) {
                    throw new AppException("exchange.error.readBack", target);
                }
            } catch (AppException e) {
                deleteQuietly(target);
                throw new AppException(e, "exchange.error.readBack", target);
            }
            database.transaction(() -> repository.recordSent(manifest, target.getFileName().toString(), secret != null));
            return new Exported(manifest, target, size(target), contents.personalData() && secret == null);
        } finally {
            deleteTree(work);
        }
    }

    /** Whether the sender's key is known: {@code TRUSTED}, {@code NEW} (first package: compare the fingerprint). */
    public enum Trust { TRUSTED, NEW }

    /** A package that passed every check of its own, with what this installation knows of its sender. */
    public record Verified(Manifest manifest, String fingerprint, boolean encrypted, Trust trust, List<String> docs,
                           List<Check> checks) {
    }

    /**
     * Every check that needs no decision from the officer: the package itself, then the sender's key
     * and sequence against what was received before. Throws at the first failure, with {@code checks}
     * holding the ones passed.
     */
    public Verified verify(Path file, char[] password, List<Check> checks) {
        try (OpenedPackage opened = reader.open(file, password, checks, Progress.NONE)) {
            Trust trust = database.transactionResult(() -> checkSender(opened));
            checks.add(new Check(trust == Trust.TRUSTED ? "exchange.check.trusted" : "exchange.check.newSender", opened.fingerprint()));
            return new Verified(opened.manifest(), opened.fingerprint(), opened.encrypted(), trust, opened.docs(), checks);
        }
    }

    public enum Outcome { IMPORTED, REPLACED, ALREADY_IMPORTED }

    public record Imported(Outcome outcome, Manifest manifest, String fingerprint) {
    }

    /**
     * Verifies the package, then applies it in one transaction. A sender seen for the first time is
     * accepted only with {@code acceptedFingerprint} equal to its key's fingerprint (the officer
     * compared it with the sender). The same package twice changes nothing and says so.
     */
    public Imported importPackage(Path file, char[] password, String acceptedFingerprint, Progress progress) {
        try (OpenedPackage opened = reader.open(file, password, new ArrayList<>(), progress)) {
            Manifest manifest = opened.manifest();
            PackageKind kind = kind(manifest.kind());
            progress.checkCancelled();
            return database.transactionResult(() -> {
                Optional<ReceivedPackage> same = repository.received(manifest.packageId());
                if (same.isPresent()) {
                    return new Imported(Outcome.ALREADY_IMPORTED, manifest, opened.fingerprint());
                }
                Trust trust = checkSender(opened);
                if (trust == Trust.NEW) {
                    if (acceptedFingerprint == null) {
                        throw new AppException("exchange.error.untrusted", manifest.unit().name(), opened.fingerprint());
                    }
                    if (!normalized(acceptedFingerprint).equals(normalized(opened.fingerprint()))) {
                        throw new AppException("exchange.error.fingerprintMismatch", acceptedFingerprint, opened.fingerprint());
                    }
                    repository.trust(manifest.source().installationId(), Base64.getDecoder().decode(manifest.source().publicKey()),
                            opened.fingerprint(), clock.instant());
                }
                Optional<ReceivedPackage> previous = repository.current(manifest.source().installationId(), manifest.kind(), manifest.subject());
                previous.ifPresent(p -> repository.markReplaced(p.id()));
                repository.insertReceived(new ReceivedPackage(manifest.packageId(), manifest.kind(), manifest.subject(),
                        manifest.source().installationId(), manifest.unit().code(), manifest.unit().name(), manifest.sequence(),
                        Instant.parse(manifest.createdAt()), clock.instant(), opened.fingerprint(), ExchangeRepository.CURRENT,
                        manifest.summary()));
                repository.beginApplying();
                try {
                    kind.apply(opened, new ImportScope(repository, manifest.source().installationId(), manifest.packageId(),
                            previous.map(ReceivedPackage::id)));
                    documents.keep(opened, manifest.packageId());
                } catch (AppException refused) {
                    throw refused;
                } catch (RuntimeException database) {
                    throw reusedId(database, manifest);
                }
                repository.endApplying();
                audit.created("exchange_package", manifest.packageId(),
                        manifest.kind() + " " + manifest.unit().code() + " #" + manifest.sequence());
                return new Imported(previous.isPresent() ? Outcome.REPLACED : Outcome.IMPORTED, manifest, opened.fingerprint());
            });
        } catch (java.time.format.DateTimeParseException e) {
            throw new AppException(e, "exchange.error.manifestField", "createdAt");
        }
    }

    /**
     * The demo's received packages: a snapshot, then a proposal, from a fictional subordinate installation,
     * written, signed and imported as ones from a stick would be, with the documents its app would render into them.
     * {@code block}: the demo's own newest month block, whose period and criteria set the subordinate's scores share.
     * Runs inside the sample data's transaction.
     */
    void importSamplePackages(Optional<ScoreRecords.PeriodJson> block, SampleDocuments documents) {
        Installation sender = SampleProposal.sender(clock);
        Manifest.SourceUnit unit = SampleProposal.unit();
        String companyFive = Ids.newId();
        importSample(sender, SnapshotKind.NAME, work -> documents.roster(SampleProposal.snapshot(unit, Ids.newId(), companyFive, block), unit, work),
                1, "snapshot-mau.tdkt");
        importSample(sender, ProposalKind.NAME, work -> SampleProposal.contents(java.time.LocalDate.now(clock), unit, companyFive, documents, work),
                2, "de-nghi-mau.tdkt");
    }

    /** {@code contents}: the package's records, its documents rendered into the work folder it is given. */
    private void importSample(Installation sender, String kind, java.util.function.Function<Path, PackageContents> contents, long sequence,
                              String fileName) {
        Path work = workFolder();
        try {
            PackageContents made = contents.apply(work);
            Manifest manifest = new Manifest(PackageFormat.VERSION, Ids.newId(), kind, made.subject(), clock.instant().toString(),
                    new Manifest.Source(sender.id(), PackageWriter.publicKeyText(sender)), made.unit(), sequence, made.personalData(),
                    made.summary());
            Path file = work.resolve(fileName);
            writer.write(file, manifest, made, sender, null, Progress.NONE);
            importPackage(file, null, sender.fingerprint(), Progress.NONE);
        } finally {
            deleteTree(work);
        }
    }

    /** Packages received, newest first. */
    public List<ReceivedPackage> received() {
        return repository.allReceived();
    }

    /** The documents a received package carried, in its order; none for one received before they were kept (V26). */
    public List<ReceivedDocument> receivedDocuments(String packageId) {
        return database.transactionResult(() -> documents.of(packageId));
    }

    /** Saves a copy of a received document where the officer chose ("Lưu bản sao…", {@code package documents --save}). */
    public Path saveReceivedDocument(ReceivedDocument document, Path target) {
        byte[] content = database.transactionResult(() -> documents.content(document.packageId(), document.name()));
        SafeFiles.writeBytes(target, content);
        return target;
    }

    /**
     * Writes a received document for the system's reader into the data folder, under the sending unit and the
     * package's sequence (two packages may carry documents of one name), and opens it. Off the FX thread.
     */
    public Path openReceivedDocument(ReceivedDocument document) {
        ReceivedPackage from = database.transactionResult(() -> repository.received(document.packageId()))
                .orElseThrow(() -> new AppException("exchange.documents.error.notKept", document.name()));
        byte[] content = database.transactionResult(() -> documents.content(document.packageId(), document.name()));
        Path file = viewed.resolve(ReceivedDocuments.fileName(from.unitCode() + "-" + from.sequence())).resolve(document.fileName());
        SystemViewer.open(content, file);
        return file;
    }

    /** How many nominees a subordinate unit proposes for one title, from the proposals received. */
    public record ProposedTitle(String unit, String title, int nominees) {
    }

    /** Titles proposed per subordinate unit, units and titles in Vietnamese order: what the higher echelon weighs. */
    public List<ProposedTitle> proposedTitles() {
        Comparator<String> vietnamese = VietnameseNames.collator()::compare;
        return awards.proposedTitles().stream()
                .sorted(Comparator.comparing(ProposedTitle::unit, vietnamese).thenComparing(ProposedTitle::title, vietnamese)).toList();
    }

    /**
     * The nominees of a received Tờ trình as ballot lines for this installation's own council: each keeps the
     * UUID of its person or unit, so the decision sent back down names exactly them.
     */
    public List<Vote> receivedNominees(String proposalId) {
        return awards.nominees(proposalId).stream().map(AwardRecords.NomineeJson::toVote).toList();
    }

    /**
     * The checks on the sender that refuse a package: it is ours, its key differs from the one
     * accepted for its installation, its unit was sent before by another installation, or it is not
     * newer than the one in force.
     */
    private Trust checkSender(OpenedPackage opened) {
        Manifest manifest = opened.manifest();
        String source = manifest.source().installationId();
        if (source.equals(installation.get().id())) {
            throw new AppException("exchange.error.ownPackage");
        }
        kind(manifest.kind());
        byte[] key = Base64.getDecoder().decode(manifest.source().publicKey());
        Optional<byte[]> known = repository.trustedKey(source);
        if (known.isPresent() && !Arrays.equals(known.get(), key)) {
            throw new AppException("exchange.error.keyChanged", manifest.unit().name(), opened.fingerprint());
        }
        Optional<String> other = repository.otherSourceOfUnit(manifest.unit().code(), source);
        if (other.isPresent()) {
            throw new AppException("exchange.error.unitKeyChanged", manifest.unit().name(), opened.fingerprint());
        }
        Optional<ReceivedPackage> current = repository.current(source, manifest.kind(), manifest.subject());
        if (current.isPresent() && !current.get().id().equals(manifest.packageId()) && current.get().sequence() >= manifest.sequence()) {
            throw new AppException("exchange.error.olderPackage", manifest.sequence(), current.get().sequence());
        }
        return known.isPresent() ? Trust.TRUSTED : Trust.NEW;
    }

    private PackageKind kind(String name) {
        PackageKind kind = kinds.get(name);
        if (kind == null) {
            throw new AppException("exchange.error.unknownKind", name, String.join(", ", kinds.keySet()));
        }
        return kind;
    }

    private static String normalized(String fingerprint) {
        return fingerprint.replaceAll("[^0-9A-Fa-f]", "").toUpperCase(java.util.Locale.ROOT);
    }

    /**
     * A record the package brings reuses the id of a record already here (a hostile or broken package:
     * the kinds check the records they own, not every id of every child table). The database refused
     * it; the officer hears which table, and the transaction rolls back.
     */
    private static RuntimeException reusedId(RuntimeException failure, Manifest manifest) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            java.util.regex.Matcher table = CONSTRAINT.matcher(String.valueOf(t.getMessage()));
            if (table.find()) {
                return new AppException(failure, "exchange.error.idReused", manifest.unit().name(), table.group(1));
            }
        }
        return failure;
    }

    private static final java.util.regex.Pattern CONSTRAINT = java.util.regex.Pattern.compile("(?:UNIQUE|PRIMARY KEY) constraint failed: (\\w+)");

    /**
     * Where an export renders the package's documents: in the data folder, not the system's shared
     * temporary folder, since they hold personnel records; removed after the export, and one left by a
     * killed export an hour ago goes with the next.
     */
    private Path workFolder() {
        removeStaleWorkFolders();
        try {
            return Files.createTempDirectory(temporaries, WORK_PREFIX);
        } catch (IOException e) {
            throw new AppException(e, "error.file.write", temporaries, e.getMessage());
        }
    }

    private static final String WORK_PREFIX = ".tdkt-export-";

    private void removeStaleWorkFolders() {
        Instant before = Instant.now().minus(java.time.Duration.ofHours(1));
        try (Stream<Path> folders = Files.list(temporaries)) {
            folders.filter(f -> f.getFileName().toString().startsWith(WORK_PREFIX) && Files.isDirectory(f) && modifiedBefore(f, before))
                    .forEach(ExchangeService::deleteTree);
        } catch (IOException ignored) {
            // A leftover costs space, not data; the export goes on.
        }
    }

    private static boolean modifiedBefore(Path folder, Instant before) {
        try {
            return Files.getLastModifiedTime(folder).toInstant().isBefore(before);
        } catch (IOException e) {
            return false;
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The read-back failure is what the officer must hear about.
        }
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(ExchangeService::deleteQuietly);
        } catch (IOException ignored) {
            // A leftover temporary folder is harmless.
        }
    }
}
