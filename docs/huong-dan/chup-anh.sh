#!/usr/bin/env bash
# Refreshes the screenshots of docs/huong-dan-su-dung.md: the app itself opens every page on fresh
# sample data (headless) and saves one picture per page here.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ -z "${JAVA_HOME:-}" ] && [ -d /usr/lib/jvm/temurin-25-jdk-amd64 ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
[ -f target/tdkt.jar ] || ./mvnw -q package -DskipTests
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
"$java" -jar target/tdkt.jar --data "$data" demo --size regiment
"$java" -jar target/tdkt.jar --data "$data" selftest --screenshots docs/huong-dan
