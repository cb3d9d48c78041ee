package vn.tdkt.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two bundles against the code, in the manner of JabRef's LocalizationConsistencyTest: both hold
 * the same keys, every key the code names exists, and no key is left that nothing uses. A key built
 * at run time ({@code "overview.table." + name}) counts as used through its literal prefix.
 */
class MessageBundlesTest {
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Pattern LITERAL = Pattern.compile("\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)*\\.?)\"");
    /** Literal strings that reach the bundles: text lookups, error keys, and message-key constants. */
    private static final Pattern KEY_CALL = Pattern.compile(
            "(?:\\.text|\\.get|\\.say|\\.has|Exception|MessageKey|Key)\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_]+)+)\"");

    private static Properties vietnamese;
    private static Properties english;
    private static String code;

    @BeforeAll
    static void read() throws IOException {
        vietnamese = load("messages_vi.properties");
        english = load("messages_en.properties");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            code = files.filter(p -> p.toString().endsWith(".java")).map(MessageBundlesTest::readString).collect(Collectors.joining("\n"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys in English").isEqualTo(new TreeSet<>(vietnamese.stringPropertyNames()));
    }

    @Test
    void everyKeyTheCodeNamesExists() {
        Set<String> missing = new TreeSet<>();
        Matcher call = KEY_CALL.matcher(code);
        while (call.find()) {
            if (!vietnamese.containsKey(call.group(1))) {
                missing.add(call.group(1));
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void noKeyIsLeftUnused() {
        Set<String> literals = new TreeSet<>();
        Matcher literal = LITERAL.matcher(code);
        while (literal.find()) {
            literals.add(literal.group(1));
        }
        Set<String> unused = vietnamese.stringPropertyNames().stream()
                .filter(key -> !literals.contains(key) && literals.stream().noneMatch(prefix -> prefix.endsWith(".") && key.startsWith(prefix)))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(unused).isEmpty();
    }
}
