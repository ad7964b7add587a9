#!/bin/sh
# Build and optionally push all images. Run by hand from the repo root.

set -e

if [ ! -f .env ]; then
    echo ".env not found, run from the top level directory"
    exit 1
fi

. ./.env

echo "Building images for ${REPO}:${TAG}"
docker-compose build

if [ "$1" = "push" ]; then
    echo "Pushing to ${REPO}"
    docker-compose push
    docker-compose -f docker-compose-load.yaml build
    docker-compose -f docker-compose-load.yaml push
fi
