#!/usr/bin/env bash
# Developer helper: run collector and ingester from source against a local
# kafka (localhost:9092) and badger, for debugging the buffer path.
set -euo pipefail

export KAFKA_PRODUCER_BROKERS=localhost:9092
export KAFKA_CONSUMER_BROKERS=localhost:9092

SPAN_STORAGE_TYPE=kafka go run ./cmd/collector --admin.http.host-port=:14269 &
collector_pid=$!

SPAN_STORAGE_TYPE=badger BADGER_EPHEMERAL=true go run ./cmd/ingester --admin.http.host-port=:14270 &
ingester_pid=$!

trap 'kill $collector_pid $ingester_pid' EXIT
wait
