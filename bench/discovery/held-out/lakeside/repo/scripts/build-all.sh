#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
for svc in customer-core customer-management-backend customer-self-service-backend policy-management-backend spring-boot-admin-server eureka-server; do
  echo "==> $svc"
  (cd "$svc" && mvn -q -B package -DskipTests)
done
for svc in risk-management-server risk-management-client; do
  echo "==> $svc"
  (cd "$svc" && npm ci --silent)
done
