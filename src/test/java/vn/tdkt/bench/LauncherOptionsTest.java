package vn.tdkt.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The bench's child runs get the installed launcher's options, from the one file jpackage reads too. */
class LauncherOptionsTest {
    @Test
    void theJarCarriesTheLaunchersOptionsAsPackagingWritesThem() throws Exception {
        LauncherOptions fromJar = LauncherOptions.fromJar();
        LauncherOptions fromPackaging = LauncherOptions.parse(Files.readAllLines(Path.of("packaging/app-image.args")));
        assertThat(fromJar.all()).isEqualTo(fromPackaging.all())
                .contains("-XX:+UseSerialGC", "-XX:AOTCache=$APPDIR/tdkt.aot")
                .anyMatch(option -> option.startsWith("-Xmx"));
    }

    @Test
    void theInstalledImagesCacheIsReplacedByTheOneGivenOrLeftOut() {
        LauncherOptions launcher = LauncherOptions.parse(List.of(
                "# comment --java-options -Xmx9g",
                "--main-jar tdkt.jar",
                "--java-options -Xmx1g",
                "--java-options \"-Dtdkt.note=two words\"",
                "--java-options -XX:AOTCache=$APPDIR/tdkt.aot"));
        assertThat(launcher.all()).containsExactly("-Xmx1g", "-Dtdkt.note=two words", "-XX:AOTCache=$APPDIR/tdkt.aot");
        assertThat(launcher.withCache(Optional.empty())).containsExactly("-Xmx1g", "-Dtdkt.note=two words");
        assertThat(launcher.withCache(Optional.of(Path.of("/tmp/x/tdkt.aot"))))
                .containsExactly("-Xmx1g", "-Dtdkt.note=two words", "-XX:AOTCache=" + Path.of("/tmp/x/tdkt.aot"));
    }

    @Test
    void anOptionNamingTheImageFolderCannotBeMeasuredOutsideIt() {
        LauncherOptions launcher = LauncherOptions.parse(List.of("--java-options -Dfonts=$APPDIR/fonts"));
        assertThatThrownBy(() -> launcher.withCache(Optional.empty())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("$APPDIR/fonts");
    }
}
