#!/bin/sh

PROMETHEUS_AGENT=""
if [[ ${ENABLE_PROMETHEUS:-false} == true ]]; then
  PROMETHEUS_AGENT="-javaagent:jmx_prometheus_javaagent.jar=4318:/lineagehub-frontend/client-prometheus-config.yaml"
fi

TRUSTSTORE_FILE=""
if [[ ! -z ${SSL_TRUSTSTORE_FILE:-} ]]; then
  TRUSTSTORE_FILE="-Djavax.net.ssl.trustStore=$SSL_TRUSTSTORE_FILE"
fi

export JAVA_OPTS="${JAVA_OPTS} \
   ${PROMETHEUS_AGENT:-} \
   ${TRUSTSTORE_FILE:-} \
   -Dlineagehub.gms.host=${LINEAGEHUB_GMS_HOST:-localhost}"

exec /lineagehub-frontend/bin/lineagehub-frontend
