#!/bin/bash
#
# Builds every Inkwell Books image. Usage: src/build-services.sh <version> <prefix>
set -ox errexit

VERSION=${1:?version}
PREFIX=${2:-ghcr.io/inkwellbooks}
SCRIPTDIR=$(dirname "$0")
cd "${SCRIPTDIR}"

pushd productpage
  docker build --pull -t "${PREFIX}/mesh-productpage-v1:${VERSION}" -t "${PREFIX}/mesh-productpage-v1:latest" .
  # flooding
  docker build --pull -t "${PREFIX}/mesh-productpage-v-flooding:${VERSION}" --build-arg flood_factor=100 .
popd

pushd details
  docker build --pull -t "${PREFIX}/mesh-details-v1:${VERSION}" --build-arg service_version=v1 .
  docker build --pull -t "${PREFIX}/mesh-details-v2:${VERSION}" --build-arg service_version=v2 \
    --build-arg enable_external_book_service=true .
popd

pushd reviews
  # java build the app.
  docker run --rm -u root -v "$(pwd)":/home/gradle/project -w /home/gradle/project gradle:8.8-jdk17 gradle clean build copyApp
  pushd reviews-wlpcfg
    # with ratings black stars
    docker build --pull -t "${PREFIX}/mesh-reviews-v1:${VERSION}" --build-arg service_version=v1 .
    docker build --pull -t "${PREFIX}/mesh-reviews-v2:${VERSION}" --build-arg service_version=v2 \
      --build-arg enable_ratings=true .
    # with ratings red stars
    docker build --pull -t "${PREFIX}/mesh-reviews-v3:${VERSION}" --build-arg service_version=v3 \
      --build-arg enable_ratings=true --build-arg star_color=red .
  popd
popd

pushd ratings
  docker build --pull -t "${PREFIX}/mesh-ratings-v1:${VERSION}" --build-arg service_version=v1 .
  docker build --pull -t "${PREFIX}/mesh-ratings-v2:${VERSION}" --build-arg service_version=v2 .
  docker build --pull -t "${PREFIX}/mesh-ratings-v-unavailable:${VERSION}" --build-arg service_version=v-unavailable .
popd

pushd mysql
  docker build --pull -t "${PREFIX}/mesh-mysqldb:${VERSION}" .
popd

pushd mongodb
  docker build --pull -t "${PREFIX}/mesh-mongodb:${VERSION}" .
popd
