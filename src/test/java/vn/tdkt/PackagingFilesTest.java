package vn.tdkt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The installer build (installer/build.sh) is too slow for every test run; these checks catch what
 * breaks it or the installed app without running it: packaging/ argument files that disagree, a
 * missing module, a name MSI cannot write, a broken desktop entry.
 */
class PackagingFilesTest {
    private static final Path PACKAGING = Path.of("packaging");
    private static final List<String> SYSTEMS = List.of("linux", "windows");
    /** The options of jlink and jpackage used in packaging/ that take no value. */
    private static final Set<String> FLAGS = Set.of("--strip-debug", "--no-header-files", "--no-man-pages",
            "--linux-shortcut", "--win-per-user-install", "--win-dir-chooser", "--win-menu",
            "--win-shortcut", "--win-shortcut-prompt");

    @Test
    void everyFileTheArgumentsNameExists() throws IOException {
        for (String os : SYSTEMS) {
            for (Path file : List.of(PACKAGING.resolve(os).resolve("jpackage.args"), installerArgs(os))) {
                Map<String, List<String>> options = options(file);
                for (String option : List.of("--icon", "--resource-dir", "--license-file")) {
                    for (String path : options.getOrDefault(option, List.of())) {
                        assertThat(Path.of(path)).as(file + " " + option).exists();
                    }
                }
            }
        }
        for (String launcher : options(PACKAGING.resolve("windows/app-image.args")).get("--add-launcher")) {
            assertThat(Path.of(launcher.substring(launcher.indexOf('=') + 1))).exists();
        }
        assertThat(Files.readString(Path.of("installer/build.sh"))).contains("packaging/jlink.args", "packaging/jpackage.args",
                "packaging/app-image.args", "packaging/$os/jpackage.args", "packaging/$os/$installer_type.args");
    }

    @Test
    void theLauncherStartsTheRealMainWithNativeAccessASmallHeapAndTheAotCache() throws IOException {
        Map<String, List<String>> image = options(PACKAGING.resolve("app-image.args"));
        assertThat(image.get("--main-class")).containsExactly(Main.class.getName());
        assertThat(image.get("--main-jar")).containsExactly("tdkt.jar");
        List<String> javaOptions = image.get("--java-options");
        assertThat(javaOptions).contains("--enable-native-access=javafx.graphics,ALL-UNNAMED",
                "-XX:+UseSerialGC", "-XX:AOTCache=$APPDIR/tdkt.aot");
        // ControlsFX's validation marks reach javafx.scene.Parent#getChildren by reflection (JavaFX is a module when installed).
        assertThat(javaOptions).contains("--add-opens=javafx.graphics/javafx.scene=ALL-UNNAMED");
        // Without -Xms the JVM starts at 1/64 of the RAM: the footprint would depend on the machine.
        assertThat(javaOptions).anyMatch(option -> option.matches("-Xmx\\d+[mg]"))
                .anyMatch(option -> option.matches("-Xms\\d+m"))
                .anyMatch(option -> option.matches("-Xmn\\d+m"));
        // build.sh reads the options back from jpackage's configuration and trains the cache with them.
        assertThat(Files.readString(Path.of("installer/build.sh"))).contains("-XX:AOTCacheOutput=", "java-options=");
    }

    /** jdeps over the app's own classes: a new JDK module used in code must reach the runtime too. */
    @Test
    void theRuntimeHasEveryModuleTheAppsOwnCodeNeedsAndVietnameseLocaleData() throws IOException {
        Map<String, List<String>> jlink = options(PACKAGING.resolve("jlink.args"));
        Set<String> modules = Set.of(String.join(",", jlink.get("--add-modules")).split(","));
        assertThat(modules).contains("jdk.localedata", "javafx.controls", "java.sql");
        assertThat(jlink.get("--include-locales").getFirst().split(",")).contains("vi");

        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = jdeps.run(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
                "--multi-release", "25", "--ignore-missing-deps", "--print-module-deps", "target/classes");
        assertThat(exit).isZero();
        Set<String> needed = Arrays.stream(out.toString(StandardCharsets.UTF_8).trim().split(","))
                .map(String::trim).filter(m -> m.startsWith("java.") || m.startsWith("jdk.")).collect(Collectors.toSet());
        assertThat(needed).contains("java.base");
        assertThat(modules).containsAll(needed);
    }

    /** MSI writes text in one code page; with 1252 (jpackage's default) "Đ" cannot be written at all. */
    @Test
    void theWindowsInstallerNamesFitItsCodePageAndUpgradesByAFixedUuid() throws IOException {
        Map<String, List<String>> windows = options(PACKAGING.resolve("windows/jpackage.args"));
        Map<String, List<String>> msi = options(PACKAGING.resolve("windows/msi.args"));
        Map<String, List<String>> common = options(PACKAGING.resolve("jpackage.args"));
        assertThat(windows.get("--name")).containsExactly("TĐKT Desktop");
        String wxl = Files.readString(PACKAGING.resolve("windows/resources/tdkt_vi.wxl"));
        String codepage = wxl.replaceAll("(?s).*Codepage=\"(\\d+)\".*", "$1");
        Charset msiCharset = Charset.forName("windows-" + codepage);
        for (String text : List.of(windows.get("--name").getFirst(), windows.get("--description").getFirst(),
                common.get("--vendor").getFirst(), msi.get("--win-menu-group").getFirst())) {
            assertThat(msiCharset.newEncoder().canEncode(text)).as(text + " in code page " + codepage).isTrue();
        }
        assertThat(UUID.fromString(msi.get("--win-upgrade-uuid").getFirst())).isNotNull();
        assertThat(msi.keySet()).contains("--win-per-user-install", "--win-menu", "--win-shortcut");
        assertThat(msi.get("--type")).containsExactly("msi");

        // jpackage gives every launcher a shortcut and a menu entry unless its properties say no: the console
        // launcher, for typed commands, must not put a second icon on the officer's desktop.
        String console = options(PACKAGING.resolve("windows/app-image.args")).get("--add-launcher").getFirst();
        java.util.Properties launcher = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of(console.substring(console.indexOf('=') + 1)), StandardCharsets.UTF_8)) {
            launcher.load(in);
        }
        assertThat(launcher).containsEntry("win-console", "true").containsEntry("win-shortcut", "false")
                .containsEntry("win-menu", "false");
        // The workflow runs the built image's self-test through that launcher before keeping the MSI.
        assertThat(Files.readString(Path.of(".github/workflows/installers.yml"))).contains(
                "\"target/installer/" + windows.get("--name").getFirst() + "/" + console.substring(0, console.indexOf('=')) + ".exe\"", "selftest");
    }

    @Test
    void theDebDependsOnGtkAndItsDesktopEntryPointsAtTheInstalledLauncher() throws IOException {
        Map<String, List<String>> linux = options(PACKAGING.resolve("linux/jpackage.args"));
        Map<String, List<String>> deb = options(PACKAGING.resolve("linux/deb.args"));
        assertThat(deb.get("--linux-package-deps").getFirst()).contains("libgtk-3-0");
        String name = linux.get("--name").getFirst();
        Path installed = Path.of(deb.get("--install-dir").getFirst(), name);

        // jpackage installs the .deb's icon from the resource folder (an --icon alone gives Java's cup).
        assertThat(Files.readAllBytes(Path.of(deb.get("--resource-dir").getFirst(), name + ".png"))).startsWith(0x89, 'P', 'N', 'G');
        Path desktopFile = Path.of(deb.get("--resource-dir").getFirst(), name + ".desktop");
        List<String> lines = Files.readAllLines(desktopFile, StandardCharsets.UTF_8);
        assertThat(lines.getFirst()).isEqualTo("[Desktop Entry]");
        Map<String, String> entry = new LinkedHashMap<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            assertThat(line).as("key=value").matches("[A-Za-z0-9-]+(\\[[^]]+])?=.*");
            String key = line.substring(0, line.indexOf('='));
            assertThat(entry.put(key, line.substring(line.indexOf('=') + 1))).as("duplicate " + key).isNull();
        }
        assertThat(entry).containsEntry("Type", "Application").containsEntry("Name", "TĐKT Desktop")
                .containsEntry("Terminal", "false")
                .containsEntry("Exec", installed.resolve("bin").resolve(name).toString())
                .containsEntry("Icon", installed.resolve("lib").resolve(name + ".png").toString());
        assertThat(entry.get("Categories")).endsWith(";");
        assertThat(entry.get("Keywords")).endsWith(";");
    }

    private static Path installerArgs(String os) {
        return PACKAGING.resolve(os).resolve(os.equals("linux") ? "deb.args" : "msi.args");
    }

    /** An @argfile as jpackage and jlink read it: # comments, "quoted" values, option then value. */
    private static Map<String, List<String>> options(Path file) throws IOException {
        List<String> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            StringBuilder token = new StringBuilder();
            boolean quoted = false;
            for (char c : trimmed.toCharArray()) {
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
            assertThat(quoted).as("unbalanced quote in " + file + ": " + line).isFalse();
            tokens.add(token.toString());
        }
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            String option = tokens.get(i);
            assertThat(option).as(file + " token " + i).startsWith("-");
            if (option.contains("=") || FLAGS.contains(option)) {
                String[] parts = option.split("=", 2);
                options.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(parts.length > 1 ? parts[1] : "");
            } else {
                options.computeIfAbsent(option, k -> new ArrayList<>()).add(tokens.get(++i));
            }
        }
        return options;
    }
}
