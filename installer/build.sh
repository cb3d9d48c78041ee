#!/usr/bin/env bash
# Builds the installers of TĐKT Desktop under target/installer/ from a clean clone:
#   runtime/        the jlink'd JDK + JavaFX runtime (packaging/jlink.args)
#   <name>/         the application image, with its AppCDS archive made by one training run
#   *.deb           on Linux;  *.msi and *-portable.zip on Windows (Git Bash, WiX on PATH)
# Every jlink/jpackage argument comes from packaging/; this script only puts the pieces together.
#
#   installer/build.sh [--skip-maven] [--app-version X.Y.Z]
#
# --skip-maven reuses target/tdkt.jar and target/lib/ from an earlier `./mvnw package`.
# --app-version overrides the version taken from pom.xml (e.g. to test an upgrade).
set -euo pipefail
cd "$(dirname "$0")/.."

skip_maven=false
version=""
while [ $# -gt 0 ]; do
    case "$1" in
        --skip-maven) skip_maven=true ;;
        --app-version) version="$2"; shift ;;
        *) echo "usage: installer/build.sh [--skip-maven] [--app-version X.Y.Z]" >&2; exit 2 ;;
    esac
    shift
done

if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -qE 'version "25'; then
    echo "FAIL: set JAVA_HOME to a JDK 25 (Temurin); jlink and jpackage come from it." >&2
    exit 1
fi
export PATH="$JAVA_HOME/bin:$PATH"

case "$(uname -s)" in
    Linux) os=linux; fx_classifier=linux; native_dir=lib; sqlite_native=Linux/x86_64; installer_type=deb ;;
    MINGW* | MSYS* | CYGWIN*) os=windows; fx_classifier=win; native_dir=bin; sqlite_native=Windows/x86_64; installer_type=msi ;;
    *) echo "FAIL: installers are built on Linux (.deb) and Windows (.msi) only." >&2; exit 1 ;;
esac

if [ -z "$version" ]; then
    # The project's own version: the first <version> after the parent-less <artifactId>tdkt.
    version=$(sed -n '/<artifactId>tdkt<\/artifactId>/{n;s/.*<version>\(.*\)<\/version>.*/\1/p;q}' pom.xml)
    version=${version%-SNAPSHOT}
fi
echo "== TĐKT Desktop $version, $os"

if ! $skip_maven; then
    ./mvnw -B -ntp -q package -DskipTests
fi

out=target/installer
rm -rf "$out"
mkdir -p "$out/input/lib"

# The app's jars go on the class path; JavaFX goes into the runtime as modules instead.
cp target/tdkt.jar "$out/input/"
for jar in target/lib/*.jar; do
    case "$(basename "$jar")" in
        javafx-*) ;;
        *) cp "$jar" "$out/input/lib/" ;;
    esac
done
# sqlite-jdbc carries its native library for every OS and CPU (21 MB); keep this installer's only.
sqlite_jar=$(ls "$out"/input/lib/sqlite-jdbc-*.jar)
sqlite_tree=$(mktemp -d)
(cd "$sqlite_tree" && jar xf "$OLDPWD/$sqlite_jar")
find "$sqlite_tree/org/sqlite/native" -mindepth 2 -maxdepth 2 -type d \
    ! -path "*/$sqlite_native" -exec rm -rf {} +
find "$sqlite_tree/org/sqlite/native" -type d -empty -delete
rm "$sqlite_jar"
mv "$sqlite_tree/META-INF/MANIFEST.MF" "$sqlite_tree.mf"
jar --create --file "$sqlite_jar" --manifest "$sqlite_tree.mf" -C "$sqlite_tree" .
rm "$sqlite_tree.mf"
rm -rf "$sqlite_tree"

fx_jars=(target/lib/javafx-*-"$fx_classifier".jar)
[ -e "${fx_jars[0]}" ] || { echo "FAIL: no JavaFX jars for $fx_classifier in target/lib." >&2; exit 1; }
separator=":"; [ "$os" = windows ] && separator=";"
module_path=$(IFS="$separator"; echo "${fx_jars[*]}")

echo "== jlink"
jlink @packaging/jlink.args --module-path "$module_path" --output "$out/runtime"
# JavaFX finds its native libraries next to the runtime's own when it is a jlink'd module.
for jar in "${fx_jars[@]}"; do
    natives=$(jar tf "$jar" | grep -E '^[^/]+\.(so|dll)$' || true)
    if [ -n "$natives" ]; then
        (cd "$out/runtime/$native_dir" && jar xf "$OLDPWD/$jar" $natives)
    fi
done
# The JDK's own class-data archive, under which the app's AppCDS archive is layered. It is dumped
# with the launcher's native-access option: with a different one the JVM complains at every start
# and drops part of the archive.
native_access=$(sed -n 's/^--java-options \(--enable-native-access=.*\)$/\1/p' packaging/app-image.args)
"$out/runtime/bin/java" "$native_access" -Xshare:dump > "$out/cds-dump.log" 2>&1 \
    || { cat "$out/cds-dump.log"; exit 1; }

echo "== jpackage app-image"
os_image_args=()
[ -f "packaging/$os/app-image.args" ] && os_image_args=("@packaging/$os/app-image.args")
jpackage --type app-image @packaging/jpackage.args "@packaging/$os/jpackage.args" @packaging/app-image.args \
    "${os_image_args[@]}" --app-version "$version" --input "$out/input" --runtime-image "$out/runtime" --dest "$out"
name=$(sed -n 's/^--name "\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "packaging/$os/jpackage.args")
image="$out/$name"
if [ "$os" = windows ]; then
    launcher="$image/tdkt.exe"
    app_dir="$image/app"
else
    launcher="$image/bin/$name"
    app_dir="$image/lib/app"
fi

echo "== AppCDS training run (selftest on sample data)"
training=$(mktemp -d)
"$launcher" --data "$training/data" demo --size small > "$training/demo.log" 2>&1 \
    || { cat "$training/demo.log"; exit 1; }
# The archive is written by the first run that finds none: it must be the window's run, not demo's.
rm -f "$app_dir/tdkt.jsa"
"$launcher" --data "$training/data" selftest > "$training/selftest.log" 2>&1 \
    || { cat "$training/selftest.log"; exit 1; }
rm -rf "$training"
[ -s "$app_dir/tdkt.jsa" ] || { echo "FAIL: the training run left no $app_dir/tdkt.jsa." >&2; exit 1; }

echo "== jpackage $installer_type"
jpackage @packaging/jpackage.args "@packaging/$os/jpackage.args" "@packaging/$os/$installer_type.args" \
    --app-version "$version" --app-image "$image" --dest "$out"
if [ "$os" = windows ]; then
    # The portable zip: the same image, run from any folder (the data folder is still %APPDATA%\TDKT).
    jar --create --no-manifest --file "$out/tdkt-$version-portable.zip" -C "$out" "$name"
fi

# AGPL-3.0: the source of exactly this version travels with the installers (the About dialog says so).
if git rev-parse --git-dir > /dev/null 2>&1; then
    git archive --format=zip --prefix="tdkt-$version/" -o "$out/tdkt-$version-source.zip" HEAD
fi

echo "== done"
du -sh "$image" "$out"/*."$installer_type" "$out"/*.zip 2>/dev/null || true
