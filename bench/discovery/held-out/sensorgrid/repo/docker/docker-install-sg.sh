#!/bin/bash
#
# Copyright © 2016-2026 The SensorGrid Authors
#
# Installs the database schema and (optionally) demo data by running sg-core1 once with INSTALL_SG=true.

while [[ $# -gt 0 ]]
do
key="$1"
case $key in
    --loadDemo)
    LOAD_DEMO=true
    shift
    ;;
    *)
    ;;
esac
shift
done

if [ "$LOAD_DEMO" == "true" ]; then
    loadDemo=true
else
    loadDemo=false
fi

set -e

source compose-utils.sh

ADDITIONAL_COMPOSE_QUEUE_ARGS=$(additionalComposeQueueArgs) || exit $?
ADDITIONAL_COMPOSE_ARGS=$(additionalComposeArgs) || exit $?
ADDITIONAL_CACHE_ARGS=$(additionalComposeCacheArgs) || exit $?
ADDITIONAL_STARTUP_SERVICES=$(additionalStartupServices) || exit $?

if [ ! -z "${ADDITIONAL_STARTUP_SERVICES// }" ]; then
    docker compose -f docker-compose.yml $ADDITIONAL_CACHE_ARGS $ADDITIONAL_COMPOSE_ARGS $ADDITIONAL_COMPOSE_QUEUE_ARGS up -d $ADDITIONAL_STARTUP_SERVICES
fi

docker compose -f docker-compose.yml $ADDITIONAL_CACHE_ARGS $ADDITIONAL_COMPOSE_ARGS $ADDITIONAL_COMPOSE_QUEUE_ARGS run --no-deps --rm -e INSTALL_SG=true -e LOAD_DEMO=${loadDemo} sg-core1
