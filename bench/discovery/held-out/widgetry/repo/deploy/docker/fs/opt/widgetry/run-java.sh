#!/usr/bin/env bash
set -o errexit

cd /opt/widgetry/backend

# Wait for the RTS to be reachable before the server starts parsing bindings.
until curl --silent --fail "http://127.0.0.1:${WIDGETRY_RTS_PORT:-8091}/rts-api/v1/health-check" >/dev/null; do
  echo "Waiting for RTS to start..."
  sleep 2
done

extra_args=()
if [[ -f /widgetry-stacks/configuration/java.conf ]]; then
  read -ra extra_args < /widgetry-stacks/configuration/java.conf
fi

exec java ${WIDGETRY_JAVA_ARGS:-} ${WIDGETRY_JAVA_HEAP_ARG:-} \
  --add-opens java.base/java.time=ALL-UNNAMED \
  -Dserver.port=8080 \
  -Djava.security.egd=file:/dev/./urandom \
  -Dlogging.file.name=/widgetry-stacks/logs/backend/backend.log \
  "${extra_args[@]}" \
  -jar server-1.0-SNAPSHOT.jar
