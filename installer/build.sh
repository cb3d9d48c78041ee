#!/usr/bin/env bash
# Builds the installers of TĐKT Desktop under target/installer/ from a clean clone:
#   runtime/        the jlink'd JDK + JavaFX runtime (packaging/jlink.args)
#   <name>/         the application image, with its AOT cache made by one training run
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
# In Git Bash JAVA_HOME is a Windows path ("C:\..."), whose colon would split PATH: add its POSIX form.
java_bin="$JAVA_HOME/bin"
if command -v cygpath > /dev/null 2>&1; then
    java_bin="$(cygpath -u "$JAVA_HOME")/bin"
fi
export PATH="$java_bin:$PATH"

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

echo "== jpackage app-image"
os_image_args=()
[ -f "packaging/$os/app-image.args" ] && os_image_args=("@packaging/$os/app-image.args")
jpackage --type app-image @packaging/jpackage.args "@packaging/$os/jpackage.args" @packaging/app-image.args \
    "${os_image_args[@]}" --app-version "$version" --input "$out/input" --runtime-image "$out/runtime" --dest "$out"
name=$(sed -n 's/^--name "\{0,1\}\([^"]*\)"\{0,1\}$/\1/p' "packaging/$os/jpackage.args")
image="$out/$name"
if [ "$os" = windows ]; then
    app_dir="$image/app"
    image_java="$image/runtime/bin/java.exe"
else
    app_dir="$image/lib/app"
    image_java="$image/lib/runtime/bin/java"
fi

echo "== AOT cache training run (selftest on sample data)"
# The launcher's own options, class path and main class, read from the configuration jpackage wrote,
# so the cache is made with exactly the options it will be used with (a cache made with another
# collector or heap layout is not used). The paths are absolute: the JVM accepts the cache when the
# image is moved as a whole (/opt/tdkt after installing), but not when the jars change.
cfg="$app_dir/$name.cfg"
app_dir_abs=$(cd "$app_dir" && if [ "$os" = windows ]; then pwd -W; else pwd; fi)
mapfile -t java_options < <(sed -n 's/^java-options=//p' "$cfg" | tr -d '\r' | sed "s|\$APPDIR|$app_dir_abs|g" | grep -v '^-XX:AOTCache=')
class_path=$(sed -n 's/^app\.\(mainjar\|classpath\)=//p' "$cfg" | sed "s|\$APPDIR|$app_dir_abs|g" | tr -d '\r' | paste -sd "$separator")
main_class=$(sed -n 's/^app\.mainclass=//p' "$cfg" | tr -d '\r')
training=$(mktemp -d)
"$image_java" "${java_options[@]}" -cp "$class_path" "$main_class" --data "$training/data" demo --size small \
    > "$training/demo.log" 2>&1 || { cat "$training/demo.log"; exit 1; }
"$image_java" "${java_options[@]}" -XX:AOTCacheOutput="$app_dir_abs/tdkt.aot" -cp "$class_path" "$main_class" \
    --data "$training/data" selftest > "$training/selftest.log" 2>&1 || { cat "$training/selftest.log"; exit 1; }
rm -rf "$training"
[ -s "$app_dir/tdkt.aot" ] || { echo "FAIL: the training run left no $app_dir/tdkt.aot." >&2; exit 1; }

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
