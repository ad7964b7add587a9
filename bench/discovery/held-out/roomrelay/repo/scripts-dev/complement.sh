#!/usr/bin/env bash
# Builds the workers image and runs Complement integration tests against it.
set -e
docker build -t matrixdotorg/synapse -f docker/Dockerfile .
docker build -t matrixdotorg/synapse-workers --build-arg FROM=matrixdotorg/synapse -f docker/Dockerfile-workers .
export SYNAPSE_WORKER_TYPES="synchrotron,federation_sender,media_repository,event_persister"
go test -v -tags synapse_blacklist ./tests/...
