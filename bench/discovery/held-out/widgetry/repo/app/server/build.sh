#!/usr/bin/env bash
# Builds the server jar and collects it together with the plugin jars under ./dist,
# which the root Dockerfile copies into /opt/widgetry/backend.
set -o errexit
set -o pipefail

cd "$(dirname "$0")"

mvn --batch-mode -DskipTests clean package "$@"

rm -rf dist/
mkdir -p dist/plugins
cp widgetry-server/target/server-*.jar dist/
cp widgetry-plugins/*/target/*.jar dist/plugins/ 2>/dev/null || true
echo "Server and plugins built into $(pwd)/dist"
