#!/usr/bin/env bash
# Quick check that all backends came up after `docker compose up`.
set -euo pipefail

declare -A services=(
  [customer-core]=8110
  [customer-management-backend]=8100
  [customer-self-service-backend]=8080
  [policy-management-backend]=8090
)

for name in "${!services[@]}"; do
  port=${services[$name]}
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://localhost:${port}/actuator/health" || true)
  printf '%-32s %s\n' "$name" "$status"
done

# ActiveMQ console
curl -s -u admin:admin -o /dev/null -w 'activemq console                 %{http_code}\n' http://localhost:8161/admin/
