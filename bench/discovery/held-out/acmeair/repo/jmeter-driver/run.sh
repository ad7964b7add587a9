#!/usr/bin/env bash
# Runs the Skyward Air workload headless. Any extra arguments are passed to JMeter,
# e.g. ./run.sh -JHOST=skyward-nginx -JPORT=80 -JTHREADS=100
set -euo pipefail
RESULTS="${RESULTS_DIR:-/results}"
mkdir -p "$RESULTS"
STAMP=$(date +%Y%m%d-%H%M%S)

exec jmeter -n \
  -t /jmeter/skyward-air.jmx \
  -l "$RESULTS/skyward-$STAMP.jtl" \
  -j "$RESULTS/jmeter-$STAMP.log" \
  -e -o "$RESULTS/report-$STAMP" \
  "$@"
