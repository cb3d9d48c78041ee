package vn.tdkt.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JVM options the installed launcher starts the app with. They are read from
 * {@code packaging/app-image.args}, which the build copies into the jar, so the bench's child runs
 * measure the officer's configuration (heap cap, collector, AOT cache) whatever JVM the bench itself runs in.
 */
final class LauncherOptions {
    static final String RESOURCE = "/packaging/app-image.args";
    private static final String AOT_CACHE = "-XX:AOTCache=";
    private static final String APPDIR = "$APPDIR";

    private final List<String> options;

    private LauncherOptions(List<String> options) {
        this.options = List.copyOf(options);
    }

    /** The launcher's options as the jar carries them. */
    static LauncherOptions fromJar() throws IOException {
        try (InputStream in = LauncherOptions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException(RESOURCE + " is not in the jar; build it with ./mvnw package");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList());
        }
    }

    /** The values of every {@code --java-options} of a jpackage argument file, in order. */
    static LauncherOptions parse(List<String> lines) {
        List<String> tokens = new ArrayList<>();
        for (String line : lines) {
            String trimmed = line.strip();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#")) {
                tokens.addAll(tokens(trimmed));
            }
        }
        List<String> javaOptions = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals("--java-options") && i + 1 < tokens.size()) {
                javaOptions.add(tokens.get(++i));
            }
        }
        return new LauncherOptions(javaOptions);
    }

    /** A line split at spaces outside double quotes, the quotes removed, as jpackage reads an @file. */
    private static List<String> tokens(String line) {
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (char c : line.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ' ' && !quoted) {
                if (!token.isEmpty()) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            } else {
                token.append(c);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** Every option as written, {@code $APPDIR} included. */
    List<String> all() {
        return options;
    }

    /**
     * The options for a child JVM: the launcher's, with its AOT cache (which lives in the installed image)
     * replaced by {@code cache}, or left out when {@code cache} is empty.
     */
    List<String> withCache(Optional<Path> cache) {
        List<String> child = new ArrayList<>();
        for (String option : options) {
            if (option.startsWith(AOT_CACHE)) {
                cache.ifPresent(file -> child.add(AOT_CACHE + file));
            } else if (option.contains(APPDIR)) {
                throw new IllegalStateException("No folder for " + APPDIR + " outside the installed image: " + option);
            } else {
                child.add(option);
            }
        }
        return child;
    }
}
