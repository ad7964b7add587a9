#!/bin/bash
set -e

# The whole configuration can be given as a YAML document in TASKLOOM_CONFIGURATION
if [ "${TASKLOOM_CONFIGURATION}" ]; then
    echo "${TASKLOOM_CONFIGURATION}" > /app/confs/application.yml
    export MICRONAUT_CONFIG_FILES="/app/confs/application.yml"
fi

# Additional configuration files can be mounted with TASKLOOM_CONFIGURATION_PATH
if [ "${TASKLOOM_CONFIGURATION_PATH}" ]; then
    export MICRONAUT_CONFIG_FILES="${MICRONAUT_CONFIG_FILES:+${MICRONAUT_CONFIG_FILES},}${TASKLOOM_CONFIGURATION_PATH}"
fi

exec /app/taskloom "$@"
