#!/bin/bash
SECONDS=${HOUSEKEEPING_INTERVAL:=86400}
echo "Interval set to ${SECONDS} seconds"
while true; do
  date
  /opt/boxnet/venv/bin/python /opt/boxnet/boxnet/manage.py housekeeping
  sleep "${SECONDS}s"
done
