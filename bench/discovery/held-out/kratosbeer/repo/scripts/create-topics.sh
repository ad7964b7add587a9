#!/usr/bin/env bash
# Creates the Kafka topics used by order/payment. Run once against a local broker:
#   ./scripts/create-topics.sh localhost:29092
set -euo pipefail
BROKER=${1:-localhost:29092}
for t in hopstore.order.created hopstore.payment.settled; do
  docker compose exec kafka kafka-topics.sh --bootstrap-server "$BROKER" \
    --create --if-not-exists --topic "$t" --partitions 3 --replication-factor 1
done
