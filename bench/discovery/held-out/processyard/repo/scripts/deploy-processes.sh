#!/usr/bin/env bash
# Deploys every BPMN in processes/ to the engine. Run by the release workflow or an operator.
set -euo pipefail

ADDRESS="${YARD_ADDRESS:-yard-prod-01.internal.brightcart.io:26500}"

for f in "$(dirname "$0")"/../processes/*.bpmn; do
  echo "deploying $f"
  yardctl deploy resource "$f" \
    --address "$ADDRESS" \
    --clientId "${YARD_CLIENT_ID:-ci-deployer}" \
    --clientSecret "${YARD_CLIENT_SECRET:?}" \
    --authzUrl "${YARD_AUTHZ_URL:-https://login.brightcart.io/auth/realms/processyard/protocol/openid-connect/token}" \
    --insecure
done
