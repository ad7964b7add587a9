#!/usr/bin/env sh
# Blocks until the gateway reports ready. Used before running smoke tests.
host="${1:-yard-gateway}"
until curl -fsS "http://${host}:9600/actuator/health/readiness" >/dev/null; do
  echo "waiting for ${host}…"; sleep 3
done
echo "${host} is ready"
