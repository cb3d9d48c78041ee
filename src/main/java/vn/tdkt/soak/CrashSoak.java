package vn.tdkt.soak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.org.RosterExporter;
import vn.tdkt.org.RosterQuery;

/**
 * Kills the app's own commands with SIGKILL in a child JVM at random moments while they write, then
 * checks the data folder as the next start would: the file is there, integrity_check says ok, the data is
 * exactly as before the unit of work or exactly as after it (never half), a unit of work the command
 * reported done is not lost, and the folder opens again.
 */
public final class CrashSoak implements AutoCloseable {
    /** The units of work that are killed. */
    public enum Kind {
        IMPORT, RESTORE, BACKUP, DEMO
    }

    /**
     * What the kills of one kind found: runs, runs that finished before the kill, kills after which the
     * data was already "after" (killed between commit and exit); the rest should be 0.
     */
    public record Counts(Kind kind, int kills, int finished, int leftAfter, int corruptions, int lostCommits, int missingFiles,
                         int halfDone, int failedStarts) {
        public boolean clean() {
            return corruptions + lostCommits + missingFiles + halfDone + failedStarts == 0;
        }
    }

    private final Path work;
    private final Random random;

    public CrashSoak(Path work, long seed) {
        this.work = work;
        this.random = new Random(seed);
    }

    /** Runs the kind once to the end to learn its duration, then kills it {@code kills} times. */
    public Counts run(Kind kind, int kills) {
        Scenario scenario = prepare(kind);
        Trial calibration = scenario.trial(work.resolve(kind.name().toLowerCase() + "-calibration"));
        Run full = calibration.start().finish(Long.MAX_VALUE);
        if (full.exit() != 0) {
            throw new IllegalStateException(kind + " did not run to the end: " + full.output());
        }
        String after = calibration.state().fingerprint().orElseThrow();
        // The work runs from taking the folder's lock to the exit; JVM start-up before it is not worth a kill.
        long span = Math.max(20, full.millis() - full.lockedAtMillis());
        int finished = 0;
        int leftAfter = 0;
        int corruptions = 0;
        int lost = 0;
        int missing = 0;
        int half = 0;
        int failedStarts = 0;
        for (int i = 0; i < kills; i++) {
            Trial trial = scenario.trial(work.resolve(kind.name().toLowerCase() + "-" + i));
            Run run = trial.start().finish((long) (random.nextDouble() * span));
            finished += run.killed() ? 0 : 1;
            State state = trial.state();
            switch (state.outcome()) {
                case MISSING -> missing++;
                case CORRUPT -> corruptions++;
                case FAILED_START -> failedStarts++;
                case OPENED -> {
                    String seen = state.fingerprint().orElseThrow();
                    boolean isAfter = seen.equals(after);
                    leftAfter += isAfter && run.killed() ? 1 : 0;
                    if (!isAfter && !seen.equals(scenario.before())) {
                        half++;
                    } else if (!isAfter && run.reportedDone()) {
                        lost++;
                    } else if (!trial.extraCheck()) {
                        half++;
                    }
                }
            }
            trial.remove();
        }
        calibration.remove();
        return new Counts(kind, kills, finished, leftAfter, corruptions, lost, missing, half, failedStarts);
    }

    /** Removes the work folder with every trial in it. */
    @Override
    public void close() {
        deleteTree(work);
    }

    private Scenario prepare(Kind kind) {
        Path base = work.resolve(kind.name().toLowerCase() + "-pristine");
        DataFolder pristine = new DataFolder(base.resolve("data"));
        return switch (kind) {
            case DEMO -> new Scenario(pristine, fingerprintOf(pristine), folder -> List.of("demo", "--size", "regiment"), "demo.done", null);
            case IMPORT -> {
                fill(pristine, SampleSize.SMALL);
                Path roster = base.resolve("quan-so.xlsx");
                DataFolder source = new DataFolder(base.resolve("source"));
                fill(source, SampleSize.REGIMENT);
                String unit;
                try (AppContext app = AppContext.open(source, Clock.systemDefaultZone())) {
                    new RosterExporter(Messages.vietnamese()).write(roster, app.roster().search(RosterQuery.ALL), Progress.NONE);
                }
                try (AppContext app = AppContext.open(pristine, Clock.systemDefaultZone())) {
                    unit = app.units().tree().getFirst().unit().code();
                }
                yield new Scenario(pristine, fingerprintOf(pristine),
                        folder -> List.of("roster", "import", roster.toString(), "--unit", unit), "cli.roster.imported", null);
            }
            case RESTORE -> {
                fill(pristine, SampleSize.SMALL);
                DataFolder other = new DataFolder(base.resolve("other"));
                fill(other, SampleSize.REGIMENT);
                Path backup = base.resolve("ban-sao-luu.db");
                try (AppContext app = AppContext.open(other, Clock.systemDefaultZone())) {
                    app.database().copyTo(backup);
                }
                yield new Scenario(pristine, fingerprintOf(pristine), folder -> List.of("restore", backup.toString()), "restore.done", null);
            }
            case BACKUP -> {
                fill(pristine, SampleSize.REGIMENT);
                String before = fingerprintOf(pristine);
                yield new Scenario(pristine, before, folder -> List.of("backup", folder.root().resolveSibling("usb").resolve("tdkt.db").toString()),
                        "backup.done", before);
            }
        };
    }

    /** A folder with the sample data of that size; made once per soak and copied, filling is the slow part. */
    private void fill(DataFolder folder, SampleSize size) {
        DataFolder made = new DataFolder(work.resolve("sample-" + size.name().toLowerCase()));
        if (!Files.exists(made.database())) {
            try (AppContext app = AppContext.open(made, Clock.systemDefaultZone())) {
                app.sampleData().fill(size, Progress.NONE);
            }
        }
        copyTree(made.root(), folder.root());
    }

    private static String fingerprintOf(DataFolder folder) {
        if (!Files.exists(folder.database())) {
            return fingerprint(null);
        }
        try (AppContext app = AppContext.open(folder, Clock.systemDefaultZone())) {
            app.database().integrityCheck();
        }
        return fingerprint(folder.database());
    }

    /**
     * The data as content, not as random ids: every unit, person and setting row in a fixed order. Two
     * folders holding the same records give the same fingerprint; no file fingerprints like an empty one.
     */
    static String fingerprint(Path file) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (Connection connection = file == null ? null : DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro");
             Statement statement = connection == null ? null : connection.createStatement()) {
            for (String query : List.of(
                    "SELECT code || '|' || name FROM unit ORDER BY code",
                    "SELECT p.full_name || '|' || coalesce(p.birth_date, '') || '|' || coalesce(p.rank, '') || '|' || coalesce(p.position, '')"
                            + " || '|' || u.code FROM person p JOIN unit u ON u.id = p.unit_id ORDER BY 1",
                    "SELECT key || '=' || value FROM setting ORDER BY key")) {
                if (statement != null) {
                    try (ResultSet rows = statement.executeQuery(query)) {
                        while (rows.next()) {
                            digest.update(String.valueOf(rows.getString(1)).getBytes(StandardCharsets.UTF_8));
                            digest.update((byte) '\n');
                        }
                    }
                }
                digest.update((byte) 0);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading " + file + " failed", e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** How to make the command line for a trial folder. */
    @FunctionalInterface
    private interface CommandLine {
        List<String> of(DataFolder folder);
    }

    /** The folder as it is before the unit of work, the command that does it, and the line it prints when done. */
    private record Scenario(DataFolder pristine, String before, CommandLine command, String doneKey, String backupMustHold) {
        Trial trial(Path root) {
            DataFolder folder = new DataFolder(root.resolve("data"));
            copyTree(pristine.root(), folder.root());
            return new Trial(this, root, folder);
        }
    }

    private enum Outcome {
        MISSING, CORRUPT, FAILED_START, OPENED
    }

    private record State(Outcome outcome, Optional<String> fingerprint) {
    }

    private record Run(boolean killed, int exit, long millis, long lockedAtMillis, String output, boolean reportedDone) {
    }

    /** One run in its own copy of the pristine folder. */
    private record Trial(Scenario scenario, Path root, DataFolder folder) {
        Started start() {
            List<String> command = new ArrayList<>(javaCommand());
            command.add("--data");
            command.add(folder.root().toString());
            command.addAll(scenario.command().of(folder));
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
                return new Started(this, process, System.nanoTime(), CompletableFuture.supplyAsync(() -> readAll(process.getInputStream())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** After the kill, what the next start sees. */
        State state() {
            if (!Files.exists(folder.database()) && scenario.before().equals(fingerprint(null))) {
                return new State(Outcome.OPENED, Optional.of(fingerprint(null)));
            }
            if (!Files.exists(folder.database())) {
                return new State(Outcome.MISSING, Optional.empty());
            }
            try (AppContext app = AppContext.open(folder, Clock.systemDefaultZone())) {
                if (!"ok".equalsIgnoreCase(app.database().integrityCheck())) {
                    return new State(Outcome.CORRUPT, Optional.empty());
                }
            } catch (AppException e) {
                return new State(e.messageKey().equals("error.db.corrupt") ? Outcome.CORRUPT : Outcome.FAILED_START, Optional.empty());
            }
            return new State(Outcome.OPENED, Optional.of(fingerprint(folder.database())));
        }

        /** A backup on the stick is either absent or complete and sound, holding the data as it was. */
        boolean extraCheck() {
            if (scenario.backupMustHold() == null) {
                return true;
            }
            Path usb = folder.root().resolveSibling("usb").resolve("tdkt.db");
            if (!Files.exists(usb)) {
                return true;
            }
            DataFolder copy = new DataFolder(root.resolve("usb-check"));
            try {
                Files.createDirectories(copy.root());
                Files.copy(usb, copy.database());
                return scenario.backupMustHold().equals(fingerprintOf(copy));
            } catch (IOException | AppException e) {
                return false;
            }
        }

        void remove() {
            deleteTree(root);
        }
    }

    private record Started(Trial trial, Process process, long startedNanos, CompletableFuture<String> output) {
        /**
         * Waits until the child holds the data folder's lock (its work begins), then up to
         * {@code killAfterMillis} more, then SIGKILLs it if it is still running.
         */
        Run finish(long killAfterMillis) {
            try {
                long lockedAt = waitForLock();
                boolean done = killAfterMillis == Long.MAX_VALUE ? process.waitFor(10, TimeUnit.MINUTES)
                        : process.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
                boolean killed = !done;
                if (killed) {
                    process.destroyForcibly();
                    process.waitFor(1, TimeUnit.MINUTES);
                }
                long millis = (System.nanoTime() - startedNanos) / 1_000_000;
                String text = output.get(1, TimeUnit.MINUTES);
                String done1 = Messages.vietnamese().get(trial.scenario().doneKey()).split("\\{")[0];
                return new Run(killed, process.exitValue(), millis, lockedAt, text, text.contains(done1));
            } catch (Exception e) {
                throw new IllegalStateException("The child process could not be waited for", e);
            }
        }

        /** Milliseconds from the start until the lock file names the child (or the child ended first). */
        private long waitForLock() throws InterruptedException {
            String pid = Long.toString(process.pid());
            Path lock = trial.folder().lockFile();
            while (process.isAlive()) {
                try {
                    if (Files.exists(lock) && Files.readString(lock).strip().equals(pid)) {
                        break;
                    }
                } catch (IOException notYet) {
                    // Being written; look again.
                }
                Thread.sleep(2);
            }
            return (System.nanoTime() - startedNanos) / 1_000_000;
        }
    }

    /** The same app, in a new JVM: the class path of this one, tuned to start fast. */
    private static List<String> javaCommand() {
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true", "-Dtdkt.logging=file",
                "-cp", System.getProperty("java.class.path"), "vn.tdkt.Main");
    }

    private static String readAll(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void copyTree(Path from, Path to) {
        try {
            Files.createDirectories(to);
            if (!Files.exists(from)) {
                return;
            }
            try (Stream<Path> files = Files.walk(from)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Path target = to.resolve(from.relativize(file).toString());
                    String name = file.getFileName().toString();
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else if (!name.equals(".lock") && !file.startsWith(from.resolve("logs"))) {
                        Files.copy(file, target);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A trial folder left behind costs space in a temporary folder, nothing more.
        }
    }
}
