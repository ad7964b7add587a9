#!/bin/bash
# Build, push and bump the image tags referenced in platform/kube/*.yaml.
set -o errexit

display_usage() {
  echo "usage: $0 <version> [--prefix=ghcr.io/inkwellbooks] [--scan-images]"
}

if [ $# -lt 1 ]; then display_usage; exit 1; fi
VERSION=$1; shift
PREFIX=ghcr.io/inkwellbooks
for arg in "$@"; do
  case $arg in
    --prefix=*) PREFIX="${arg#*=}" ;;
    *) display_usage; exit 1 ;;
  esac
done

./src/build-services.sh "${VERSION}" "${PREFIX}"

for image in $(docker images -f reference="${PREFIX}/mesh*:${VERSION}" --format "{{.Repository}}:${VERSION}"); do
  docker push "${image}"
done

find ./platform -name "*.yaml" -exec sed -i.bak "s#image:.*\\(\\/mesh-.*\\):.*#image: ${PREFIX//\//\\/}\\1:${VERSION}#g" {} +
find ./platform -name "*.bak" -delete
