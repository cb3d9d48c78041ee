package vn.tdkt.db;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Whether a data file is already at this build's schema, answered without Flyway. Flyway's {@code info()}
 * loads some thousand classes and scans the class path on every start, only to say "nothing pending" on all
 * starts but the first after an upgrade. The answer here is "up to date" only when the schema history
 * holds exactly the versioned SQL migrations this build ships, each applied successfully — the one case in
 * which Flyway too finds nothing pending and nothing newer; any other history (a migration missing, failed,
 * newer, a baseline, a repeatable one) or a class path that cannot be listed is left to Flyway, as before.
 */
final class ShippedMigrations {
    static final String LOCATION = "db/migration";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[^/]+\\.sql");

    private ShippedMigrations() {
    }

    /** The schema version of a file whose history matches what {@code shipped} holds, else empty (ask Flyway). */
    static Optional<String> upToDateVersion(Connection connection, Optional<Set<Integer>> shipped) throws SQLException {
        if (shipped.isEmpty() || shipped.get().isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT version, type, success FROM flyway_schema_history")) {
            while (rows.next()) {
                String version = rows.getString(1);
                if (version == null || !version.matches("\\d{1,9}") || !"SQL".equals(rows.getString(2)) || !rows.getBoolean(3)
                        || !applied.add(Integer.parseInt(version))) {
                    return Optional.empty();
                }
            }
        }
        return applied.equals(shipped.get()) ? Optional.of(String.valueOf(Collections.max(applied))) : Optional.empty();
    }

    /**
     * The versions of the migrations on the class path, from its one {@code db/migration} folder (in the jar or,
     * in development, a directory); empty when there is not exactly one such folder or a file there is not a
     * plain versioned migration, so that Flyway decides.
     */
    static Optional<Set<Integer>> onClassPath() {
        try {
            List<URL> folders = Collections.list(ShippedMigrations.class.getClassLoader().getResources(LOCATION));
            if (folders.size() != 1) {
                return Optional.empty();
            }
            return versions(names(folders.getFirst()));
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The versions of these file names, or empty when one is anything but {@code V<n>__<name>.sql}. */
    static Optional<Set<Integer>> versions(List<String> names) {
        Set<Integer> versions = new HashSet<>();
        for (String name : names) {
            Matcher matcher = VERSIONED.matcher(name);
            if (!matcher.matches() || !versions.add(Integer.parseInt(matcher.group(1)))) {
                return Optional.empty();
            }
        }
        return Optional.of(versions);
    }

    private static List<String> names(URL folder) throws IOException, URISyntaxException {
        if (folder.getProtocol().equals("file")) {
            try (Stream<Path> files = Files.list(Path.of(folder.toURI()))) {
                return files.map(file -> file.getFileName().toString()).toList();
            }
        }
        if (folder.getProtocol().equals("jar")) {
            JarURLConnection connection = (JarURLConnection) folder.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String prefix = LOCATION + "/";
                return jar.stream().map(JarEntry::getName)
                        .filter(name -> name.startsWith(prefix) && name.length() > prefix.length())
                        .map(name -> name.substring(prefix.length())).toList();
            }
        }
        throw new IOException("cannot list " + folder);
    }
}
